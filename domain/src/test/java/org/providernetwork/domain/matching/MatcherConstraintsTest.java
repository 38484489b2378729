package org.providernetwork.domain.matching;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.referral.ChildGender;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.providernetwork.domain.matching.Fixtures.DESOTO;
import static org.providernetwork.domain.matching.Fixtures.DESOTO_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.HINDS;
import static org.providernetwork.domain.matching.Fixtures.MADISON;
import static org.providernetwork.domain.matching.Fixtures.RANKIN;
import static org.providernetwork.domain.matching.Fixtures.offering;
import static org.providernetwork.domain.matching.Fixtures.request;

class MatcherConstraintsTest {

    private final Matcher matcher = new Matcher();

    private MatchResult match(MatchRequest request, Fixtures.OfferingBuilder offering) {
        return matcher.match(request, List.of(offering.build()), MatchWeights.defaults());
    }

    private void assertExcluded(MatchRequest request, Fixtures.OfferingBuilder offering, Constraint constraint,
                                String detail) {
        MatchResult result = match(request, offering);
        assertEquals(List.of(), result.candidates(), "no candidate expected");
        assertEquals(1, result.exclusions().size());
        Exclusion exclusion = result.exclusions().get(0);
        assertEquals(offering.id, exclusion.offering().offeringId());
        assertEquals(constraint, exclusion.constraint());
        assertEquals(detail, exclusion.detail());
    }

    private void assertCandidate(MatchRequest request, Fixtures.OfferingBuilder offering) {
        MatchResult result = match(request, offering);
        assertEquals(List.of(), result.exclusions(), () -> "excluded: " + result.exclusions());
        assertEquals(1, result.candidates().size());
        assertEquals(offering.id, result.candidates().get(0).offering().offeringId());
    }

    @Test
    void anOfferingThatFitsIsACandidate() {
        assertCandidate(request().build(), offering(1));
    }

    @Test
    void inactiveOfferingsAreExcluded() {
        assertExcluded(request().build(), offering(1).inactive(), Constraint.INACTIVE, "offering is inactive");
    }

    @Test
    void offeringsOfAnotherServiceAreExcluded() {
        assertExcluded(request().service("THER-FOSTER").build(), offering(1), Constraint.WRONG_SERVICE,
                "offers FOSTER, referral is for THER-FOSTER");
    }

    @Test
    void anOfferingWhoseLicencesHaveAllExpiredIsExcludedUntilRenewed() {
        java.time.LocalDate day = java.time.LocalDate.of(2028, 2, 29);
        assertExcluded(request().build(), offering(1).licensedUntil(day.minusDays(1), day), Constraint.LICENCE_EXPIRED,
                "licence expired on 2028-02-28 and no renewed licence is recorded");
        // a licence is valid through its expiry date
        assertCandidate(request().build(), offering(2).licensedUntil(day, day));
        // renewed: the latest licence counts
        assertCandidate(request().build(), offering(3).licensedUntil(day.plusYears(1), day));
        // no licence on record: not gated by matching
        assertCandidate(request().build(), offering(4).licensedUntil(null, day));
        // the licence is checked before the contract: an unlicensed offering is reported as such
        assertExcluded(request().build(), offering(5).licensedUntil(day.minusYears(1), day).contracted(),
                Constraint.LICENCE_EXPIRED, "licence expired on 2027-02-28 and no renewed licence is recorded");
    }

    @Test
    void aLocalProviderNeedsAContractCoveringTheHomeCounty() {
        assertExcluded(request().build(), offering(1).contracted(MADISON, RANKIN), Constraint.NOT_CONTRACTED,
                "no active contract for FOSTER in county 28049");
        assertExcluded(request().build(), offering(2).contracted(), Constraint.NOT_CONTRACTED,
                "no active contract for FOSTER in county 28049");
        assertCandidate(request().build(), offering(3).contracted(HINDS));
    }

    @Test
    void aStatewideProviderOfAStatewideServiceNeedsOnlyAnActiveContract() {
        MatchRequest prtf = request().service("PRTF").build();
        // contracted for counties elsewhere: a statewide contract covers the whole state
        assertCandidate(prtf, offering(1).statewide("PRTF").contracted(DESOTO).at(DESOTO, DESOTO_CENTROID, "R1")
                .outOfCounty(true));
        assertExcluded(prtf, offering(2).statewide("PRTF").contracted().outOfCounty(true), Constraint.NOT_CONTRACTED,
                "no active statewide contract for PRTF");
    }

    @Test
    void theStatewideRuleNeedsBothAStatewideProviderAndAStatewideService() {
        // a statewide provider offering a regional service is contracted county by county
        assertExcluded(request().build(), offering(1).providerType(OrganisationType.STATEWIDE_PROVIDER)
                .contracted(DESOTO), Constraint.NOT_CONTRACTED, "no active contract for FOSTER in county 28049");
        // a local provider offering a statewide service too
        assertExcluded(request().service("PRTF").build(), offering(2).service("PRTF", true).contracted(DESOTO),
                Constraint.NOT_CONTRACTED, "no active contract for PRTF in county 28049");
    }

    @Test
    void theHomeCountyMustBeServedUnlessOutOfCountyPlacementsAreAccepted() {
        assertExcluded(request().build(), offering(1).serves(MADISON, RANKIN), Constraint.OUT_OF_AREA,
                "does not serve county 28049 and takes no out-of-county placements");
        assertCandidate(request().build(), offering(2).serves(MADISON).outOfCounty(true));
    }

    @Test
    void everyChildMustBeWithinTheAgeRange() {
        MatchRequest group = request().children(new Child(6, ChildGender.FEMALE), new Child(14, ChildGender.MALE)).build();
        assertExcluded(group, offering(1).ages(0, 12), Constraint.AGE, "serves ages 0-12, child aged 14");
        assertExcluded(group, offering(2).ages(7, 17), Constraint.AGE, "serves ages 7-17, child aged 6");
        assertCandidate(group, offering(3).ages(6, 14));
    }

    @Test
    void singleGenderOfferingsTakeOnlyThatGender() {
        MatchRequest mixed = request().children(new Child(6, ChildGender.FEMALE), new Child(9, ChildGender.MALE)).build();
        assertExcluded(mixed, offering(1).genders(GendersServed.FEMALE), Constraint.GENDER,
                "serves female only, child is male");
        assertExcluded(mixed, offering(2).genders(GendersServed.MALE), Constraint.GENDER,
                "serves male only, child is female");
        assertCandidate(mixed, offering(3).genders(GendersServed.ANY));
        MatchRequest girls = request().children(new Child(6, ChildGender.FEMALE), new Child(9, ChildGender.FEMALE)).build();
        assertCandidate(girls, offering(4).genders(GendersServed.FEMALE));
    }

    @Test
    void aChildOfOtherGenderFitsOnlyOfferingsServingAnyGender() {
        MatchRequest other = request().children(new Child(12, ChildGender.OTHER)).build();
        assertExcluded(other, offering(1).genders(GendersServed.FEMALE), Constraint.GENDER,
                "serves female only, child is other");
        assertExcluded(other, offering(2).genders(GendersServed.MALE), Constraint.GENDER,
                "serves male only, child is other");
        assertCandidate(other, offering(3).genders(GendersServed.ANY));
    }

    @Test
    void everyRequiredPopulationMustBeServedAndTheMissingOnesAreNamed() {
        MatchRequest request = request().required("SUBSTANCE-USE", "MED-FRAGILE").build();
        assertExcluded(request, offering(1).populations("MED-FRAGILE"), Constraint.POPULATION,
                "does not serve SUBSTANCE-USE");
        assertExcluded(request, offering(2).populations("MENTAL-HEALTH"), Constraint.POPULATION,
                "does not serve MED-FRAGILE, SUBSTANCE-USE");
        assertCandidate(request, offering(3).populations("MED-FRAGILE", "SUBSTANCE-USE", "MENTAL-HEALTH"));
    }

    @Test
    void aSiblingGroupLargerThanTheOfferingTakesIsExcludedUnlessSplitIsAllowed() {
        assertExcluded(request().siblings(3).build(), offering(1).maxSiblings(2), Constraint.SIBLING_GROUP,
                "takes sibling groups of up to 2, group of 3");
        assertCandidate(request().siblings(3).split(true).build(), offering(2).maxSiblings(2));
    }

    @Test
    void withoutSplittingTheWholeGroupNeedsFreePlaces() {
        assertExcluded(request().siblings(3).build(), offering(1).free(1), Constraint.NO_CAPACITY,
                "needs 3 places, 1 free");
        assertExcluded(request().build(), offering(2).free(0), Constraint.NO_CAPACITY, "needs 1 place, 0 free");
        assertExcluded(request().build(), offering(3).free(-2), Constraint.NO_CAPACITY, "needs 1 place, -2 free");
        assertCandidate(request().siblings(3).build(), offering(4).free(3));
    }

    @Test
    void withSplittingOneFreePlaceIsEnough() {
        MatchRequest split = request().siblings(3).split(true).build();
        assertCandidate(split, offering(1).free(1));
        assertExcluded(split, offering(2).free(0), Constraint.NO_CAPACITY,
                "needs at least 1 place (split allowed), 0 free");
    }

    @Test
    void theFirstFailingConstraintInDeclaredOrderIsReported() {
        MatchRequest request = request().siblings(3).required("MED-FRAGILE").build();
        // fails everything from AGE on: AGE comes first
        Fixtures.OfferingBuilder many = offering(1).ages(15, 17).genders(GendersServed.MALE).maxSiblings(1).free(0);
        assertEquals(Constraint.AGE, match(request, many).exclusions().get(0).constraint());
        // inactive wins over everything
        assertEquals(Constraint.INACTIVE, match(request, many.inactive().service("PRTF", true))
                .exclusions().get(0).constraint());
        // capacity is reported only when everything else fits
        assertEquals(Constraint.SIBLING_GROUP, match(request, offering(2).populations("MED-FRAGILE").maxSiblings(2)
                .free(0)).exclusions().get(0).constraint());
        assertEquals(Constraint.NOT_CONTRACTED, match(request, offering(3).contracted().serves(DESOTO))
                .exclusions().get(0).constraint());
    }

    @Test
    void everyOfferingIsEitherACandidateOrExcludedAndExclusionsKeepTheInputOrder() {
        List<OfferingFacts> offerings = List.of(offering(5).free(0).build(), offering(3).build(),
                offering(9).inactive().build(), offering(1).ages(0, 2).build(), offering(7).build());
        MatchResult result = matcher.match(request().build(), offerings, MatchWeights.defaults());
        assertEquals(List.of(5L, 9L, 1L), result.exclusions().stream().map(e -> e.offering().offeringId()).toList());
        assertEquals(2, result.candidates().size());
        assertNotNull(result.exclusionOf(9));
        assertNull(result.exclusionOf(3));
        assertNotNull(result.candidateOf(3));
        assertNull(result.candidateOf(9));
    }

    @Test
    void exclusionDetailsAreStableAcrossReads() {
        MatchResult result = match(request().required("MED-FRAGILE", "AGGRESSION", "TRAFFICKING").build(), offering(1));
        Exclusion exclusion = result.exclusions().get(0);
        assertEquals("does not serve AGGRESSION, MED-FRAGILE, TRAFFICKING", exclusion.detail());
        assertEquals(exclusion.detail(), exclusion.detail());
        assertEquals("Exclusion[1 POPULATION: does not serve AGGRESSION, MED-FRAGILE, TRAFFICKING]", exclusion.toString());
    }

    @Test
    void theExclusionListIsReadOnlyAndGivesEqualExclusionsOnEveryRead() {
        MatchResult result = matcher.match(request().build(), List.of(offering(1).free(0).build(),
                offering(2).inactive().build(), offering(3).build()), MatchWeights.defaults());
        List<Exclusion> exclusions = result.exclusions();
        assertEquals(2, exclusions.size());
        assertEquals(exclusions.get(0), exclusions.get(0));
        assertEquals(Constraint.NO_CAPACITY, exclusions.get(0).constraint());
        assertEquals(Constraint.INACTIVE, exclusions.get(1).constraint());
        assertEquals(List.copyOf(exclusions), exclusions);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> exclusions.add(exclusions.get(0)));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> exclusions.remove(0));
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> exclusions.get(2));
    }
}
