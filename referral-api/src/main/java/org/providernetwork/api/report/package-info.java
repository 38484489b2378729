/** The reports resource. */
package org.providernetwork.api.report;
