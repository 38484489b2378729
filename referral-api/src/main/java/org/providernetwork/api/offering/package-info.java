/** The offerings resource. */
package org.providernetwork.api.offering;
