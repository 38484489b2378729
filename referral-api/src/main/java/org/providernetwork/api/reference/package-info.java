/** Reference data over HTTP: regions, counties, service types and need codes. */
package org.providernetwork.api.reference;
