package org.providernetwork.domain.matching;

import org.providernetwork.domain.contract.Coverage;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.referral.RiskLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hard constraints of one request, with what can be worked out once per request worked out once.
 * {@link #check} is the matcher's hot path: no allocation and no string building. {@link #describe}
 * builds the text of an exclusion only when someone reads it.
 */
final class Eligibility {

    private final MatchRequest request;
    private final String serviceTypeCode;
    private final int serviceTypeHash;
    private final String homeCountyFips;
    private final int groupSize;
    private final int youngest;
    private final int oldest;
    private final boolean femaleOnlyFits;
    private final boolean maleOnlyFits;
    private final String[] requiredPopulations;
    private final boolean allowSplit;
    private final RiskLevel risk;

    Eligibility(MatchRequest request) {
        this.request = request;
        this.serviceTypeCode = request.serviceTypeCode();
        this.serviceTypeHash = serviceTypeCode.hashCode();
        this.homeCountyFips = request.homeCountyFips();
        this.groupSize = request.groupSize();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        boolean allFemale = true;
        boolean allMale = true;
        for (Child child : request.children()) {
            min = Math.min(min, child.age());
            max = Math.max(max, child.age());
            allFemale &= child.gender() == ChildGender.FEMALE;
            allMale &= child.gender() == ChildGender.MALE;
        }
        this.youngest = min;
        this.oldest = max;
        this.femaleOnlyFits = allFemale;
        this.maleOnlyFits = allMale;
        this.requiredPopulations = request.requiredPopulations().toArray(new String[0]);
        this.allowSplit = request.allowSplit();
        this.risk = request.risk();
    }

    /** The first constraint the offering fails, in declaration order, or {@code null} when it fails none. */
    Constraint check(OfferingFacts o) {
        if (!o.active()) {
            return Constraint.INACTIVE;
        }
        String service = o.serviceTypeCode();
        // the hash (cached in the string) settles most offerings without reading the characters
        if ((service.hashCode() != serviceTypeHash || !serviceTypeCode.equals(service)) && !request.mayUse(o.levelOfCare())) {
            return Constraint.WRONG_SERVICE;
        }
        if (o.licenceExpiredOn() != null) {
            return Constraint.LICENCE_EXPIRED;
        }
        if (!contracted(o)) {
            return Constraint.NOT_CONTRACTED;
        }
        if (!o.acceptsOutOfCounty() && !o.servedCounties().contains(homeCountyFips)) {
            return Constraint.OUT_OF_AREA;
        }
        if (youngest < o.minAge() || oldest > o.maxAge()) {
            return Constraint.AGE;
        }
        if (!gendersFit(o.genders())) {
            return Constraint.GENDER;
        }
        for (String population : requiredPopulations) {
            if (!o.populationsServed().contains(population)) {
                return Constraint.POPULATION;
            }
        }
        if (risk != null && !o.accepts(risk)) {
            return Constraint.RISK_NOT_ACCEPTED;
        }
        if (!allowSplit && groupSize > o.maxSiblingGroup()) {
            return Constraint.SIBLING_GROUP;
        }
        if (o.free() < (allowSplit ? 1 : groupSize)) {
            return Constraint.NO_CAPACITY;
        }
        return null;
    }

    private boolean contracted(OfferingFacts o) {
        return Coverage.admits(o.contractedCounties(), statewideRule(o), homeCountyFips);
    }

    /** A statewide preferred provider offering a statewide specialised service: contracted for the whole state. */
    static boolean statewideRule(OfferingFacts o) {
        return Coverage.statewide(o.providerType(), o.statewideService());
    }

    private boolean gendersFit(GendersServed served) {
        return switch (served) {
            case ANY -> true;
            case FEMALE -> femaleOnlyFits;
            case MALE -> maleOnlyFits;
        };
    }

    /** The text of an exclusion: the values that made the offering fail the constraint. */
    String describe(Constraint constraint, OfferingFacts o) {
        return switch (constraint) {
            case INACTIVE -> "offering is inactive";
            case WRONG_SERVICE -> wrongService(o);
            case LICENCE_EXPIRED -> "licence expired on " + o.licenceExpiredOn() + " and no renewed licence is recorded";
            case NOT_CONTRACTED -> statewideRule(o)
                    ? "no active statewide contract for " + serviceTypeCode
                    : "no active contract for " + serviceTypeCode + " in county " + homeCountyFips;
            case OUT_OF_AREA -> "does not serve county " + homeCountyFips + " and takes no out-of-county placements";
            case AGE -> "serves ages " + o.minAge() + "-" + o.maxAge() + ", child aged " + ageOutside(o);
            case GENDER -> "serves " + o.genders().name().toLowerCase(Locale.ROOT) + " only, child is " + genderOutside(o).label();
            case POPULATION -> "does not serve " + String.join(", ", missingPopulations(o));
            case RISK_NOT_ACCEPTED -> "accepts " + RiskLevel.inWords(o.acceptedRisks()) + " risk only, the referral's risk is "
                    + RiskLevel.inWords(List.of(risk));
            case SIBLING_GROUP -> "takes sibling groups of up to " + o.maxSiblingGroup() + ", group of " + groupSize;
            case NO_CAPACITY -> allowSplit
                    ? "needs at least 1 place (split allowed), " + o.free() + " free"
                    : "needs " + groupSize + (groupSize == 1 ? " place, " : " places, ") + o.free() + " free";
        };
    }

    /** Why another service does not count: its level of care, when both services have one. */
    private String wrongService(OfferingFacts o) {
        String offers = "offers " + o.serviceTypeCode() + ", referral is for " + serviceTypeCode;
        LevelOfCare level = o.levelOfCare();
        LevelOfCare requested = request.requestedLevel();
        if (level == null || requested == null) {
            return offers;
        }
        if (level.isMoreRestrictiveThan(request.maxLevel())) {
            return offers + "; " + level.inWords() + " is more restrictive than the highest level of care the referral"
                    + " may use (" + request.maxLevel().inWords() + ")";
        }
        if (level == requested) {
            return offers + ", another service at the same level of care (" + level.inWords() + ")";
        }
        if (level == LevelOfCare.KIN) {
            return offers + "; kinship care is considered only when the referral asks for kin first";
        }
        return offers + "; " + level.inWords() + " is less restrictive than the " + requested.inWords()
                + " the assessment asks for";
    }

    private int ageOutside(OfferingFacts o) {
        for (Child child : request.children()) {
            if (child.age() < o.minAge() || child.age() > o.maxAge()) {
                return child.age();
            }
        }
        return youngest;
    }

    private ChildGender genderOutside(OfferingFacts o) {
        ChildGender served = o.genders() == GendersServed.FEMALE ? ChildGender.FEMALE : ChildGender.MALE;
        for (Child child : request.children()) {
            if (child.gender() != served) {
                return child.gender();
            }
        }
        return request.children().get(0).gender();
    }

    private List<String> missingPopulations(OfferingFacts o) {
        List<String> missing = new ArrayList<>();
        for (String population : requiredPopulations) {
            if (!o.populationsServed().contains(population)) {
                missing.add(population);
            }
        }
        return missing;
    }
}
