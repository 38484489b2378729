package org.providernetwork.domain.matching;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.providernetwork.domain.matching.Fixtures.DESOTO;
import static org.providernetwork.domain.matching.Fixtures.DESOTO_CENTROID;
import static org.providernetwork.domain.matching.Fixtures.offering;
import static org.providernetwork.domain.matching.Fixtures.request;
import static org.providernetwork.domain.reference.LevelOfCare.FOSTER;
import static org.providernetwork.domain.reference.LevelOfCare.GROUP;
import static org.providernetwork.domain.reference.LevelOfCare.INSTITUTION;
import static org.providernetwork.domain.reference.LevelOfCare.KIN;
import static org.providernetwork.domain.reference.LevelOfCare.THERAPEUTIC_FOSTER;

/** Levels of care (least restrictive first), kin first, and the risk levels an offering accepts. */
class MatcherLevelOfCareTest {

    private final Matcher matcher = new Matcher();

    private static Fixtures.OfferingBuilder kinship(long id) {
        return offering(id).placement("KINSHIP", KIN);
    }

    private static Fixtures.OfferingBuilder foster(long id) {
        return offering(id).placement("FOSTER", FOSTER);
    }

    private static Fixtures.OfferingBuilder therapeutic(long id) {
        return offering(id).placement("THER-FOSTER", THERAPEUTIC_FOSTER);
    }

    private static Fixtures.OfferingBuilder groupHome(long id) {
        return offering(id).placement("GROUP-HOME", GROUP);
    }

    private static Fixtures.OfferingBuilder prtf(long id) {
        return offering(id).placement("PRTF", INSTITUTION);
    }

    private MatchResult match(MatchRequest request, Fixtures.OfferingBuilder... offerings) {
        return matcher.match(request, List.of(offerings).stream().map(Fixtures.OfferingBuilder::build).toList(),
                MatchWeights.defaults());
    }

    private static List<Long> ranked(MatchResult result) {
        return result.candidates().stream().map(c -> c.offering().offeringId()).toList();
    }

    @Test
    void theLevelsAreOrderedFromTheLeastRestrictive() {
        assertEquals(List.of(KIN, FOSTER, THERAPEUTIC_FOSTER, GROUP, INSTITUTION), List.of(LevelOfCare.values()));
        assertTrue(GROUP.isMoreRestrictiveThan(FOSTER));
        assertTrue(!KIN.isMoreRestrictiveThan(KIN));
        assertEquals("therapeutic foster care", THERAPEUTIC_FOSTER.inWords());
    }

    @Test
    void byDefaultOnlyTheServiceRequestedIsMatchedAsBefore() {
        MatchResult result = match(request().placement("FOSTER", FOSTER, null).build(),
                foster(1), therapeutic(2), groupHome(3), kinship(4));
        assertEquals(List.of(1L), ranked(result));
        assertEquals(Constraint.WRONG_SERVICE, result.exclusionOf(2).constraint());
        assertEquals("offers THER-FOSTER, referral is for FOSTER; therapeutic foster care is more restrictive than the"
                + " highest level of care the referral may use (foster care)", result.exclusionOf(2).detail());
        assertEquals("offers KINSHIP, referral is for FOSTER; kinship care is considered only when the referral asks for"
                + " kin first", result.exclusionOf(4).detail());
    }

    @Test
    void aLessRestrictiveLevelRanksFirstEvenWithALowerScore() {
        // the group home is in the home county; the foster home far away scores less, and still comes first
        MatchRequest request = request().placement("FOSTER", FOSTER, GROUP).build();
        MatchResult result = match(request, groupHome(1),
                foster(2).at(DESOTO, DESOTO_CENTROID, "R1").outOfCounty(true), therapeutic(3), prtf(4));
        assertEquals(List.of(2L, 3L, 1L), ranked(result));
        assertTrue(result.candidateOf(2).score() < result.candidateOf(1).score(), "the foster home scores less");
        assertEquals(Constraint.WRONG_SERVICE, result.exclusionOf(4).constraint());
        assertEquals("offers PRTF, referral is for FOSTER; institutional care is more restrictive than the highest"
                + " level of care the referral may use (group care)", result.exclusionOf(4).detail());
        assertEquals("foster care, the level of care requested: ranked before the more restrictive levels allowed"
                + " (up to group care)", result.candidateOf(2).contribution(Factor.LEVEL_OF_CARE).explanation());
        assertEquals("group care, more restrictive than the foster care requested (allowed up to group care): ranked"
                + " after less restrictive levels", result.candidateOf(1).contribution(Factor.LEVEL_OF_CARE).explanation());
        assertEquals(0, result.candidateOf(1).contribution(Factor.LEVEL_OF_CARE).points());
    }

    @Test
    void aLowerLevelThanTheAssessmentAsksForIsNotMatched() {
        MatchResult result = match(request().placement("THER-FOSTER", THERAPEUTIC_FOSTER, GROUP).build(),
                foster(1), therapeutic(2), offering(3).placement("SPEC-FOSTER", THERAPEUTIC_FOSTER));
        assertEquals(List.of(2L), ranked(result));
        assertEquals("offers FOSTER, referral is for THER-FOSTER; foster care is less restrictive than the therapeutic"
                + " foster care the assessment asks for", result.exclusionOf(1).detail());
        assertEquals("offers SPEC-FOSTER, referral is for THER-FOSTER, another service at the same level of care"
                + " (therapeutic foster care)", result.exclusionOf(3).detail());
    }

    @Test
    void kinFirstBringsKinshipOfferingsInAndRanksThemBeforeEveryOther() {
        MatchRequest request = request().placement("THER-FOSTER", THERAPEUTIC_FOSTER, null).kinFirst(true).build();
        MatchResult result = match(request, therapeutic(1),
                kinship(2).at(DESOTO, DESOTO_CENTROID, "R1").outOfCounty(true), foster(3));
        assertEquals(List.of(2L, 1L), ranked(result));
        assertTrue(result.candidateOf(2).score() < result.candidateOf(1).score(), "the kinship offering scores less");
        assertEquals("kinship care, kin first asked: ranked before every other level of care",
                result.candidateOf(2).contribution(Factor.LEVEL_OF_CARE).explanation());
        assertEquals("therapeutic foster care, the level of care requested",
                result.candidateOf(1).contribution(Factor.LEVEL_OF_CARE).explanation());
        assertEquals(Constraint.WRONG_SERVICE, result.exclusionOf(3).constraint(), "kin first is not any lower level");
    }

    @Test
    void aServiceWithoutALevelMatchesOnlyItself() {
        MatchRequest request = request().service("IN-HOME").kinFirst(true).build();
        MatchResult result = match(request, offering(1).service("IN-HOME", false), kinship(2), foster(3));
        assertEquals(List.of(1L), ranked(result));
        assertEquals("offers KINSHIP, referral is for IN-HOME", result.exclusionOf(2).detail());
        assertEquals("no level of care: the service places no child",
                result.candidateOf(1).contribution(Factor.LEVEL_OF_CARE).explanation());
    }

    @Test
    void theHighestLevelIsCheckedAgainstTheLevelRequested() {
        InvalidInputException below = assertThrows(InvalidInputException.class,
                () -> request().placement("GROUP-HOME", GROUP, FOSTER).build());
        assertEquals("maxLevelOfCare", below.field());
        InvalidInputException noLevel = assertThrows(InvalidInputException.class,
                () -> request().placement("IN-HOME", null, GROUP).build());
        assertEquals("maxLevelOfCare", noLevel.field());
        assertEquals(FOSTER, request().placement("FOSTER", FOSTER, null).build().maxLevel(), "the level requested by default");
    }

    @Test
    void anOfferingThatDoesNotAcceptTheRiskIsExcludedSayingWhy() {
        MatchRequest high = request().risk(RiskLevel.HIGH).build();
        MatchResult result = match(high, offering(1).acceptsRisks(RiskLevel.LOW, RiskLevel.MODERATE), offering(2));
        assertEquals(List.of(2L), ranked(result));
        Exclusion exclusion = result.exclusionOf(1);
        assertEquals(Constraint.RISK_NOT_ACCEPTED, exclusion.constraint());
        assertEquals("accepts low and moderate risk only, the referral's risk is high", exclusion.detail());
        assertNull(match(request().risk(RiskLevel.LOW).build(), offering(1).acceptsRisks(RiskLevel.LOW)).exclusionOf(1));
        assertNull(match(request().build(), offering(1).acceptsRisks(RiskLevel.LOW)).exclusionOf(1), "no risk known");
    }

    @Test
    void riskIsCheckedAfterThePopulationsAndBeforeCapacity() {
        MatchRequest request = request().risk(RiskLevel.HIGH).required("MED-FRAGILE").build();
        assertEquals(Constraint.POPULATION, match(request, offering(1).acceptsRisks(RiskLevel.LOW)).exclusionOf(1).constraint());
        MatchRequest plain = request().risk(RiskLevel.HIGH).build();
        assertEquals(Constraint.RISK_NOT_ACCEPTED,
                match(plain, offering(1).acceptsRisks(RiskLevel.LOW).free(0)).exclusionOf(1).constraint());
    }

    @Test
    void anOfferingAcceptsEveryRiskUnlessItSaysOtherwise() {
        assertEquals(RiskLevel.all(), offering(1).build().acceptedRisks());
        assertEquals(RiskLevel.all(), RiskLevel.fromCodes(null));
        assertEquals("LOW,HIGH", RiskLevel.codes(List.of(RiskLevel.HIGH, RiskLevel.LOW)));
        assertEquals(java.util.Set.of(RiskLevel.LOW, RiskLevel.HIGH), RiskLevel.fromCodes("LOW,HIGH"));
        assertEquals("low, moderate and high", RiskLevel.inWords(RiskLevel.all()));
    }
}
