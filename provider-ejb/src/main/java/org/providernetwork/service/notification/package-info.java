/**
 * Notifications: the transactional outbox ({@link org.providernetwork.service.notification.Outbox}), the
 * dispatcher that delivers after commit ({@link org.providernetwork.service.notification.Dispatcher}) by
 * e-mail and webhook, the failed-delivery list, users' preferences and organisations' webhooks.
 */
package org.providernetwork.service.notification;
