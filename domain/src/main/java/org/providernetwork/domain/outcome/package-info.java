/**
 * Outcome measures: the indicators contracts and scorecards speak of, and the engine that computes them from
 * children's episodes and placements (CFSR Round 4 statewide data indicators and continuum-of-care measures, cut
 * by region, county, provider, lead or contract, with drill-down to the children counted). Pure Java, in memory;
 * rules and sources in docs/indicators.md.
 */
package org.providernetwork.domain.outcome;
