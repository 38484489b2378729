/**
 * Notifications: the events worth telling, how a user wants them delivered, the webhook signature and the
 * retry schedule. Pure rules; the outbox and the senders live in the application layer.
 */
package org.providernetwork.domain.notification;
