/**
 * Continuous quality improvement: the versioned case review instrument, review cycles with their
 * reproducible sample, case reviews, scoring, program improvement plans and implementation stages.
 */
package org.providernetwork.domain.quality;
