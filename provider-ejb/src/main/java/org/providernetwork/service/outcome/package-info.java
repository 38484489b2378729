/** Outcomes: the history the indicators are computed from, and the indicator reports. */
package org.providernetwork.service.outcome;
