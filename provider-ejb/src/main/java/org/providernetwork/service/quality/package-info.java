/**
 * Quality improvement services: the review instrument, review cycles and their samples, case reviews,
 * region reports, program improvement plans and implementation stages, each read within the caller's
 * tenant scope and, for CQI reviewers, the regions assigned to them.
 */
package org.providernetwork.service.quality;
