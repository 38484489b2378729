/** Notification pages: the failed deliveries the state's staff oversee and retry. */
package org.providernetwork.portal.notification;
