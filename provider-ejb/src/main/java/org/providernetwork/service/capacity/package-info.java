/** Live capacity: reading it within the caller's scope, providers declaring their own, its history. */
package org.providernetwork.service.capacity;
