package org.providernetwork.domain.matching;

import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.shared.GeoPoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Matches a referral against service offerings: excludes those that fail a hard {@link Constraint},
 * scores the rest with the weighted {@link Factor factors} and ranks them.
 * <p>Order of the candidates: level of care, least restrictive first (so kin first, when the referral asks
 * for kin); on the same level the score, highest first; on equal scores the nearer offering (smaller centroid
 * distance from the home county) first; on equal distances the smaller offering id first. The order
 * therefore never depends on the order the offerings are given in.
 * <p>Stateless and thread-safe. One pass over the offerings; the constraint checks allocate nothing,
 * an excluded offering costs two array slots (its {@link Exclusion} is made when the list is read and its
 * text when that is read), and the explanations are built only for the candidates returned.
 */
public final class Matcher {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final Factor[] FACTORS = Factor.values();
    private static final Comparator<Scored> ORDER = (a, b) -> {
        if (a.level != b.level) {
            return Integer.compare(a.level, b.level);
        }
        int byScore = Double.compare(b.score, a.score);
        if (byScore != 0) {
            return byScore;
        }
        int byDistance = Double.compare(a.distanceKm, b.distanceKm);
        return byDistance != 0 ? byDistance : Long.compare(a.offering.offeringId(), b.offering.offeringId());
    };

    /** Every eligible offering ranked, and every other one with the constraint that excluded it. */
    public MatchResult match(MatchRequest request, Collection<OfferingFacts> offerings, MatchWeights weights) {
        return topN(request, offerings, weights, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #match}, with only the {@code limit} best candidates in the result (exclusions are all
     * there; {@link MatchResult#eligibleCount()} tells how many were eligible).
     */
    public MatchResult topN(MatchRequest request, Collection<OfferingFacts> offerings, MatchWeights weights, int limit) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(offerings, "offerings");
        Objects.requireNonNull(weights, "weights");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        Eligibility eligibility = new Eligibility(request);
        Scorer scorer = new Scorer(request, weights);
        ExclusionList exclusions = new ExclusionList(request, offerings.size());
        List<Scored> eligible = new ArrayList<>();
        for (OfferingFacts offering : offerings) {
            Constraint failed = eligibility.check(offering);
            if (failed != null) {
                exclusions.add(offering, failed);
            } else {
                double km = scorer.distanceKm(offering.locationCentroid());
                eligible.add(new Scored(offering, km, scorer.score(offering, km)));
            }
        }
        eligible.sort(ORDER);
        int count = Math.min(limit, eligible.size());
        List<Candidate> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Scored scored = eligible.get(i);
            candidates.add(new Candidate(scored.offering, scored.score,
                    scorer.contributions(scored.offering, scored.distanceKm), i + 1));
        }
        return new MatchResult(candidates, exclusions.seal(), eligible.size());
    }

    private static final class Scored {
        final OfferingFacts offering;
        final double distanceKm;
        final double score;
        /** The level of care's place in the ordering; 0 for a service without a level. */
        final int level;

        Scored(OfferingFacts offering, double distanceKm, double score) {
            this.offering = offering;
            this.level = offering.levelOfCare() == null ? 0 : offering.levelOfCare().ordinal();
            this.distanceKm = distanceKm;
            this.score = score;
        }
    }

    /** The factors for one request: the score on the hot path, the explanations for the candidates shown. */
    static final class Scorer {
        private final MatchRequest request;
        private final MatchWeights weights;
        private final double homeLatRad;
        private final double homeLatCos;
        private final double homeLongitude;
        private final int groupSize;
        private final String[] actionableNeeds;

        Scorer(MatchRequest request, MatchWeights weights) {
            this.request = request;
            this.weights = weights;
            GeoPoint home = request.homeCentroid();
            this.homeLatRad = Math.toRadians(home.getLatitude());
            this.homeLatCos = Math.cos(homeLatRad);
            this.homeLongitude = home.getLongitude();
            this.groupSize = request.groupSize();
            this.actionableNeeds = request.actionableNeeds().toArray(new String[0]);
        }

        /** Great-circle distance from the home centroid, as {@link GeoPoint#distanceKm}, the home side precomputed. */
        double distanceKm(GeoPoint point) {
            double lat = Math.toRadians(point.getLatitude());
            double halfDLat = Math.sin((lat - homeLatRad) / 2);
            double halfDLon = Math.sin(Math.toRadians(point.getLongitude() - homeLongitude) / 2);
            double a = halfDLat * halfDLat + homeLatCos * Math.cos(lat) * halfDLon * halfDLon;
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
        }

        double score(OfferingFacts offering, double km) {
            double score = 0;
            for (Factor factor : FACTORS) {
                score += weights.weight(factor) * fraction(factor, offering, km);
            }
            return score;
        }

        /** The factor's value for the offering, between 0 and 1 (0 when it does not apply). */
        double fraction(Factor factor, OfferingFacts o, double km) {
            return switch (factor) {
                case LEVEL_OF_CARE -> 0;
                case DISTANCE -> Math.max(0, 1 - km / weights.distanceScaleKm());
                case SIBLINGS_TOGETHER -> request.keepSiblingsTogether() && groupSize > 1
                        ? (siblingsTaken(o) - 1) / (double) (groupSize - 1) : 0;
                case HOME_COUNTY -> request.stayInHomeCounty()
                        && request.homeCountyFips().equals(o.locationCountyFips()) ? 1 : 0;
                case SCHOOL_COUNTY -> request.schoolCountyFips() != null
                        && request.schoolCountyFips().equals(o.locationCountyFips()) ? 1 : 0;
                case SPECIALISATION -> actionableNeeds.length == 0 ? 0
                        : needsServed(o) / (double) actionableNeeds.length;
                case OWN_NETWORK -> ownNetwork(o) ? 1 : 0;
                case ACCEPTANCE -> o.acceptanceRate() == null ? 0 : o.acceptanceRate();
                case STABILITY -> o.placementStability() == null ? 0
                        : Math.max(0, 1 - o.placementStability() / weights.stabilityScaleMoves());
            };
        }

        /** How many of the siblings the offering can take together (at least 1 for a candidate). */
        private int siblingsTaken(OfferingFacts o) {
            return Math.max(1, Math.min(groupSize, Math.min(o.free(), o.maxSiblingGroup())));
        }

        private int needsServed(OfferingFacts o) {
            int served = 0;
            for (String need : actionableNeeds) {
                if (o.populationsServed().contains(need)) {
                    served++;
                }
            }
            return served;
        }

        /**
         * In the network of the lead that routes the referral: a provider (not a statewide preferred
         * provider, which the state contracts directly) located in the lead's region.
         */
        private boolean ownNetwork(OfferingFacts o) {
            return o.providerType() != OrganisationType.STATEWIDE_PROVIDER && request.leadRegionCode() != null
                    && request.leadRegionCode().equals(o.locationRegionCode());
        }

        List<Contribution> contributions(OfferingFacts o, double km) {
            List<Contribution> contributions = new ArrayList<>(FACTORS.length);
            for (Factor factor : FACTORS) {
                double points = weights.weight(factor) * fraction(factor, o, km);
                contributions.add(new Contribution(factor, points, factor.scored()
                        ? explain(factor, o, km) + ": +" + oneDecimal(points) : explain(factor, o, km)));
            }
            return contributions;
        }

        private String explain(Factor factor, OfferingFacts o, double km) {
            return switch (factor) {
                case LEVEL_OF_CARE -> explainLevel(o.levelOfCare());
                case DISTANCE -> Math.round(km) + " km from home county";
                case SIBLINGS_TOGETHER -> {
                    if (!request.keepSiblingsTogether()) {
                        yield "keeping siblings together not asked";
                    }
                    if (groupSize == 1) {
                        yield "single child";
                    }
                    int taken = siblingsTaken(o);
                    yield taken == groupSize ? "takes all " + groupSize + " siblings together"
                            : "takes " + taken + " of " + groupSize + " siblings together";
                }
                case HOME_COUNTY -> !request.stayInHomeCounty() ? "staying in the home county not asked"
                        : request.homeCountyFips().equals(o.locationCountyFips())
                        ? "in home county " + o.locationCountyFips()
                        : "in county " + o.locationCountyFips() + ", not home county " + request.homeCountyFips();
                case SCHOOL_COUNTY -> request.schoolCountyFips() == null ? "no school county given"
                        : request.schoolCountyFips().equals(o.locationCountyFips())
                        ? "in school county " + o.locationCountyFips()
                        : "in county " + o.locationCountyFips() + ", not school county " + request.schoolCountyFips();
                case SPECIALISATION -> explainNeeds(o);
                case OWN_NETWORK -> o.providerType() == OrganisationType.STATEWIDE_PROVIDER
                        ? "statewide preferred provider, contracted by the state"
                        : ownNetwork(o) ? "in the lead's network (region " + request.leadRegionCode() + ")"
                        : "in region " + o.locationRegionCode() + ", lead's region is " + request.leadRegionCode();
                case ACCEPTANCE -> o.acceptanceRate() == null ? "no track record yet"
                        : "accepted " + Math.round(o.acceptanceRate() * 100) + "% of referrals";
                case STABILITY -> o.placementStability() == null ? "no track record yet"
                        : oneDecimal(o.placementStability()) + " placement moves per 1,000 days";
            };
        }

        /** Where the offering's level of care puts it: ranked by level before the score. */
        private String explainLevel(LevelOfCare level) {
            LevelOfCare requested = request.requestedLevel();
            if (level == null || requested == null) {
                return "no level of care: the service places no child";
            }
            if (level == LevelOfCare.KIN && request.kinFirst()) {
                return "kinship care, kin first asked: ranked before every other level of care";
            }
            if (level == requested) {
                return level.inWords() + ", the level of care requested" + (request.maxLevel() == requested ? ""
                        : ": ranked before the more restrictive levels allowed (up to " + request.maxLevel().inWords() + ")");
            }
            return level.inWords() + ", more restrictive than the " + requested.inWords() + " requested (allowed up to "
                    + request.maxLevel().inWords() + "): ranked after less restrictive levels";
        }

        private String explainNeeds(OfferingFacts o) {
            if (actionableNeeds.length == 0) {
                return "no actionable needs";
            }
            StringBuilder missing = new StringBuilder();
            for (String need : actionableNeeds) {
                if (!o.populationsServed().contains(need)) {
                    missing.append(missing.isEmpty() ? "" : ", ").append(need);
                }
            }
            String text = "serves " + needsServed(o) + " of " + actionableNeeds.length + " actionable needs";
            return missing.isEmpty() ? text : text + " (not " + missing + ")";
        }
    }

    /** A non-negative number with one decimal, the same in every locale: 8.46 gives "8.5". */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + tenths / 10 + "." + tenths % 10;
    }
}
