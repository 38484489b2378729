package org.providernetwork.service.tenancy;

import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.account.SignedInUser;

import java.util.Map;

/**
 * What part of the network a caller's organisation may see.
 * <ul>
 *   <li>{@link Kind#STATE}: the state agency sees the whole state.</li>
 *   <li>{@link Kind#REGION}: a lead contractor sees its own organisation and the local providers of its
 *       region (the providers it subcontracts).</li>
 *   <li>{@link Kind#ORGANISATION}: a provider sees its own organisation only.</li>
 *   <li>{@link Kind#NOTHING}: no signed-in organisation, no tenant-owned record.</li>
 * </ul>
 * Statewide directory data (who offers what, where) is not tenant-owned and needs no scope.
 */
public record TenantScope(Kind kind, long organisationId, String regionCode) {

    public enum Kind { STATE, REGION, ORGANISATION, NOTHING }

    /** A JPQL condition with its parameters, to AND into a query. */
    public record Predicate(String jpql, Map<String, Object> parameters) {
    }

    public static TenantScope of(SignedInUser user) {
        if (user == null) {
            return new TenantScope(Kind.NOTHING, -1, null);
        }
        OrganisationType type = user.organisationType();
        if (type == OrganisationType.STATE_AGENCY) {
            return new TenantScope(Kind.STATE, user.organisationId(), null);
        }
        if (type == OrganisationType.LEAD_CONTRACTOR && user.leadRegionCode() != null) {
            return new TenantScope(Kind.REGION, user.organisationId(), user.leadRegionCode());
        }
        return new TenantScope(Kind.ORGANISATION, user.organisationId(), null);
    }

    /**
     * The condition under which the organisation {@code alias} (an {@code Organisation} in the query)
     * owns records this scope may see.
     */
    public Predicate organisations(String alias) {
        return switch (kind) {
            case STATE -> new Predicate("1 = 1", Map.of());
            case REGION -> {
                Predicate local = localProviderOf(alias, ":scopeRegion");
                Map<String, Object> parameters = new java.util.HashMap<>(local.parameters());
                parameters.put("scopeOrganisation", organisationId);
                parameters.put("scopeRegion", regionCode);
                yield new Predicate("(" + alias + ".id = :scopeOrganisation OR " + local.jpql() + ")", Map.copyOf(parameters));
            }
            case ORGANISATION -> new Predicate(alias + ".id = :scopeOrganisation", Map.of("scopeOrganisation", organisationId));
            case NOTHING -> new Predicate("1 = 0", Map.of());
        };
    }

    /**
     * The condition under which the organisation {@code alias} is a local provider of the region whose code is
     * {@code regionCode} (a named parameter or a path of the query): the providers that region's lead subcontracts
     * and sees ({@link Kind#REGION}). Read both ways: which providers a lead sees, and which leads see a provider
     * (a statewide provider is seen by none).
     */
    public static Predicate localProviderOf(String alias, String regionCode) {
        return new Predicate("(" + alias + ".type = :scopeLocal AND EXISTS (SELECT sr FROM Organisation so"
                + " JOIN so.serviceRegions sr WHERE so = " + alias + " AND sr.code = " + regionCode + "))",
                Map.of("scopeLocal", OrganisationType.LOCAL_PROVIDER));
    }

    /**
     * The condition under which the referral {@code alias} (a {@code Referral} in the query) is one this
     * scope may see: the state every referral, a lead the referrals of its region (the home county's),
     * a provider the referrals offered to it.
     */
    public Predicate referrals(String alias) {
        return switch (kind) {
            case STATE -> new Predicate("1 = 1", Map.of());
            case REGION -> new Predicate(alias + ".regionCode = :scopeRegion", Map.of("scopeRegion", regionCode));
            case ORGANISATION -> new Predicate("EXISTS (SELECT so FROM Offer so WHERE so.referral = " + alias
                    + " AND so.providerId = :scopeOrganisation)", Map.of("scopeOrganisation", organisationId));
            case NOTHING -> new Predicate("1 = 0", Map.of());
        };
    }

    /** The same rule for one referral already loaded: its region and the providers it was offered to. */
    public boolean includesReferral(String referralRegion, java.util.Collection<Long> offeredTo) {
        return switch (kind) {
            case STATE -> true;
            case REGION -> regionCode.equals(referralRegion);
            case ORGANISATION -> offeredTo.contains(organisationId);
            case NOTHING -> false;
        };
    }

    /**
     * Whether the outcome record of a referral (its children's placements, incidents, reassessments, units) is one
     * this scope may see: the state every one, a lead those of its region, a provider only those of referrals it
     * serves or served (an offer it merely declined shows it nothing of the child's care).
     */
    public boolean includesCase(String referralRegion, Long servingProvider) {
        return switch (kind) {
            case STATE -> true;
            case REGION -> regionCode.equals(referralRegion);
            case ORGANISATION -> servingProvider != null && servingProvider == organisationId;
            case NOTHING -> false;
        };
    }

    /**
     * The condition under which the case review {@code alias} (a {@code CaseReview}) is one this scope may
     * see: the state every review, a lead the reviews of its region, a provider the completed reviews of
     * cases it served (their case-level feedback). A CQI reviewer is further held to the regions assigned
     * to it by the quality services.
     */
    public Predicate reviews(String alias) {
        return switch (kind) {
            case STATE -> new Predicate("1 = 1", Map.of());
            case REGION -> new Predicate(alias + ".regionCode = :scopeRegion", Map.of("scopeRegion", regionCode));
            case ORGANISATION -> new Predicate("(" + alias + ".providerId = :scopeOrganisation AND " + alias
                    + ".status = org.providernetwork.domain.quality.ReviewStatus.COMPLETED)",
                    Map.of("scopeOrganisation", organisationId));
            case NOTHING -> new Predicate("1 = 0", Map.of());
        };
    }

    /** The same rule for one case review already loaded. */
    public boolean includesReview(String reviewRegion, Long providerId, boolean completed) {
        return switch (kind) {
            case STATE -> true;
            case REGION -> regionCode.equals(reviewRegion);
            case ORGANISATION -> completed && providerId != null && providerId == organisationId;
            case NOTHING -> false;
        };
    }

    /**
     * The condition under which a region-owned quality record {@code alias} (a {@code ReviewCycle} or an
     * {@code ImprovementPlan}, anything with a {@code regionCode}) is visible: the state all, a lead its
     * region's, a provider none.
     */
    public Predicate regionRecords(String alias) {
        return switch (kind) {
            case STATE -> new Predicate("1 = 1", Map.of());
            case REGION -> new Predicate(alias + ".regionCode = :scopeRegion", Map.of("scopeRegion", regionCode));
            case ORGANISATION, NOTHING -> new Predicate("1 = 0", Map.of());
        };
    }

    /**
     * Whether the caller's organisation runs a review cycle of {@code kind} in {@code cycleRegion} (plans it,
     * draws its sample, assigns its cases, closes it): the state every cycle, a region's lead the
     * interim (regional) kinds in its own region, a provider none.
     */
    public boolean runsCycle(String cycleRegion, org.providernetwork.domain.quality.CycleKind kind) {
        return switch (kind()) {
            case STATE -> true;
            case REGION -> regionCode.equals(cycleRegion) && kind.isRegional();
            case ORGANISATION, NOTHING -> false;
        };
    }

    /**
     * Whether an account of organisation {@code accountOrganisationId} may review the cases of a cycle this
     * caller runs: the state picks among its own reviewers (with their region assignments checked by the
     * quality service), a lead among its own organisation's accounts.
     */
    public boolean picksReviewer(long accountOrganisationId) {
        return switch (kind()) {
            case STATE -> true;
            case REGION -> accountOrganisationId == organisationId;
            case ORGANISATION, NOTHING -> false;
        };
    }

    /** The same rule for one region-owned record already loaded. */
    public boolean includesRegion(String recordRegion) {
        return switch (kind) {
            case STATE -> true;
            case REGION -> regionCode.equals(recordRegion);
            case ORGANISATION, NOTHING -> false;
        };
    }

    /** The same rule for one organisation already loaded: its id, type and the regions it works in. */
    public boolean includes(long ownerId, OrganisationType ownerType, java.util.Collection<String> ownerRegions) {
        return switch (kind) {
            case STATE -> true;
            case REGION -> ownerId == organisationId
                    || (ownerType == OrganisationType.LOCAL_PROVIDER && ownerRegions.contains(regionCode));
            case ORGANISATION -> ownerId == organisationId;
            case NOTHING -> false;
        };
    }

    /**
     * Whether this scope manages the settings the organisation {@code ownerId} keeps for itself (its webhooks,
     * its users' notification preferences): only that organisation does, not the state or a lead above it.
     */
    public boolean managesOwnSettingsOf(long ownerId) {
        return kind != Kind.NOTHING && ownerId == organisationId;
    }
}
