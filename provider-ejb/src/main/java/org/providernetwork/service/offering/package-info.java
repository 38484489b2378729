/** Service offerings: the provider's profile of each service, its search, and licence and accreditation expiry. */
package org.providernetwork.service.offering;
