package org.providernetwork.service.tenancy;

import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.outcome.Cut;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.account.SignedInUser;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

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
 * <p>
 * This is the one place where the kind of scope is read: services and pages ask the named questions below
 * ({@link #refers}, {@link #seesOfferTo}, {@link #narrow} and the others) and never switch on {@link #kind()}
 * themselves, so that each rule of who may see or do what is written once.
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

    /** Whether the caller's organisation is the state agency, which sees the whole state and acts for any party. */
    public boolean isStateAgency() {
        return kind == Kind.STATE;
    }

    /**
     * Whether the caller's organisation refers children and routes their referrals (offers them, lets them wait,
     * withdraws them, reads their matches): the state agency and the regions' leads, never a provider.
     */
    public boolean refers() {
        return kind == Kind.STATE || kind == Kind.REGION;
    }

    /**
     * Whether the caller may take in a referral of a child whose home county lies in {@code region}: the state any,
     * a lead those of its own region.
     */
    public boolean takesInReferralsOf(String region) {
        return switch (kind) {
            case STATE -> true;
            case REGION -> regionCode.equals(region);
            case ORGANISATION, NOTHING -> false;
        };
    }

    /** Whether the caller is the lead contractor of {@code region}. */
    public boolean leads(String region) {
        return kind == Kind.REGION && regionCode.equals(region);
    }

    /**
     * Whether the caller's organisation receives offers of referrals and answers them (has a referral inbox):
     * a provider.
     */
    public boolean receivesOffers() {
        return kind == Kind.ORGANISATION;
    }

    /**
     * Whether, on a referral this scope sees, the caller sees the offer made to {@code providerId} and the steps of
     * its history: the referrer every offer, a provider only the offers made to it (not who else was asked).
     */
    public boolean seesOfferTo(long providerId) {
        return switch (kind) {
            case STATE, REGION -> true;
            case ORGANISATION -> providerId == organisationId;
            case NOTHING -> false;
        };
    }

    /** The same rule as a condition on the offer {@code alias} (an {@code Offer} of referrals this scope sees). */
    public Predicate offers(String alias) {
        return switch (kind) {
            case STATE, REGION -> new Predicate("1 = 1", Map.of());
            case ORGANISATION -> new Predicate(alias + ".providerId = :scopeOrganisation", Map.of("scopeOrganisation", organisationId));
            case NOTHING -> new Predicate("1 = 0", Map.of());
        };
    }

    /**
     * Whether the caller reports outcomes on the case records it sees (placements, discharges, incidents): the
     * serving provider, and the state agency for any provider. A lead reads its region's records but does not
     * write them.
     */
    public boolean reportsOutcomes() {
        return kind == Kind.STATE || kind == Kind.ORGANISATION;
    }

    /**
     * Whether the caller acts on behalf of any provider (names the provider of a placement it reports, adds an
     * offering to another organisation): the state agency only; everyone else acts for its own organisation.
     */
    public boolean actsForAnyProvider() {
        return kind == Kind.STATE;
    }

    /**
     * The cut of the outcome figures asked for, narrowed to what this scope may see: the state any cut; a lead its
     * own region's figures, as that region's lead (another region, or another lead, is not found); a provider its
     * own figures only. A scope with no organisation sees no figures.
     */
    public Cut narrow(Cut asked) {
        return switch (kind) {
            case STATE -> asked;
            case REGION -> {
                if (asked.region() != null && !asked.region().equals(regionCode)) {
                    throw new NotFoundException("region", asked.region());
                }
                if (asked.lead() != null && asked.lead() != organisationId) {
                    throw new NotFoundException("organisation", asked.lead());
                }
                yield new Cut(null, asked.county(), asked.provider(), organisationId, asked.contract());
            }
            case ORGANISATION -> {
                if (asked.provider() != null && asked.provider() != organisationId) {
                    throw new NotFoundException("organisation", asked.provider());
                }
                if (asked.lead() != null) {
                    throw new NotFoundException("organisation", asked.lead());
                }
                yield new Cut(asked.region(), asked.county(), organisationId, null, asked.contract());
            }
            case NOTHING -> throw new NotFoundException("report", "indicators");
        };
    }

    /**
     * Whether the caller registers new organisations in the network (by import): the state agency, and a lead for
     * its own region.
     */
    public boolean registersOrganisations() {
        return kind == Kind.STATE || kind == Kind.REGION;
    }

    /**
     * Whether the caller may register an organisation of {@code type} working in {@code regions}: the state any,
     * a lead a local provider of its own region only.
     */
    public boolean registers(OrganisationType type, Set<String> regions) {
        return switch (kind) {
            case STATE -> true;
            case REGION -> type == OrganisationType.LOCAL_PROVIDER && regions.equals(Set.of(regionCode));
            case ORGANISATION, NOTHING -> false;
        };
    }

    /**
     * Whether the caller may locate an offering in a county of {@code region}: a lead only in its own region; the
     * state and a provider anywhere (a provider's offerings are its own wherever they are).
     */
    public boolean locatesOfferingsIn(String region) {
        return kind != Kind.REGION || regionCode.equals(region);
    }

    /** In words, whose records this scope may import: for a message that refuses a row. */
    public String importsFor() {
        return switch (kind) {
            case STATE -> "any provider";
            case REGION -> "a local provider of region " + regionCode;
            case ORGANISATION, NOTHING -> "your organisation";
        };
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
    public boolean includesReferral(String referralRegion, Collection<Long> offeredTo) {
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
    public boolean includes(long ownerId, OrganisationType ownerType, Collection<String> ownerRegions) {
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
