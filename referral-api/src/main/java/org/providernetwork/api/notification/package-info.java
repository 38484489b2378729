/** Notifications over HTTP: failed deliveries and their retry, users' preferences, organisations' webhooks. */
package org.providernetwork.api.notification;
