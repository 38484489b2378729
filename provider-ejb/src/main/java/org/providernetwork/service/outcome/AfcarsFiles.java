package org.providernetwork.service.outcome;

/** The four files of an AFCARS-style extract, as text (UTF-8 CSV with a header row); maltreatment may be absent. */
public record AfcarsFiles(String children, String episodes, String placements, String maltreatment) {
}
