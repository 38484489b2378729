/** Portal pages of service offerings: the list, one offering, and its profile form. */
package org.providernetwork.portal.offering;
