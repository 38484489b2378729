package org.providernetwork.service.imports;

import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;

import java.util.List;

/**
 * A checked import file: its report and, when the report is clean, what to write, with every reference
 * resolved to codes of reference data and ids of existing records.
 */
public record ImportPlan(ImportReport report, List<OrganisationDraft> organisations, List<OfferingDraft> offerings,
                         List<CapacityDraft> capacities) {

    public ImportPlan {
        organisations = List.copyOf(organisations);
        offerings = List.copyOf(offerings);
        capacities = List.copyOf(capacities);
    }

    /** Rows to write: organisations, offerings and capacity declarations. */
    public int size() {
        return organisations.size() + offerings.size() + capacities.size();
    }

    /** A new provider organisation. */
    public record OrganisationDraft(int row, String name, String nameKey, OrganisationType type, String hqFips,
                                    List<String> regionCodes, String addressLine, String city, String postalCode,
                                    String phone, String email, String website) {
    }

    /**
     * A new offering of an existing provider ({@code providerId}) or of one the same file registers
     * ({@code providerNameKey}).
     */
    public record OfferingDraft(int row, Long providerId, String providerNameKey, String name, String serviceTypeCode,
                                String locationFips, List<String> servedFips, List<String> needCodes, int minAge,
                                int maxAge, GendersServed genders, int maxSiblingGroup, boolean acceptsOutOfCounty,
                                List<String> languages, String description) {
    }

    /**
     * A capacity declaration for an existing offering ({@code offeringId}) or for the offering at
     * {@code offeringIndex} of {@link #offerings()}. {@code waitlist} is what an older file gives; it is read and
     * checked but not written: the waitlist is the count of waiting referrals.
     */
    public record CapacityDraft(int row, Long offeringId, int offeringIndex, int available, int maximum, int waitlist) {
    }
}
