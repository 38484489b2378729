/**
 * Building blocks shared by every feature: the domain exception family, geographic points and paging.
 */
package org.providernetwork.domain.shared;
