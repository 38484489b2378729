/**
 * Live capacity of service offerings: what a provider declares (available, maximum, waitlist), what
 * accepted referrals hold (reserved), and the history of every change.
 */
package org.providernetwork.domain.capacity;
