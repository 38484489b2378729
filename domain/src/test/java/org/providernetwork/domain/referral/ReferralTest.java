package org.providernetwork.domain.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The referral's life, at each of the suite's calendars: today's date gives the children's ages. */
@ParameterizedClass(name = "at {0}")
@MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
class ReferralTest {

    private static final Duration DAY = Duration.ofHours(24);
    private static long ids = 1;

    private final Instant NOW;
    private final LocalDate TODAY;

    ReferralTest(Clock clock) {
        NOW = clock.instant();
        TODAY = LocalDate.now(clock);
    }

    private Intake intake(int children, boolean split) {
        List<Intake.Child> kids = new java.util.ArrayList<>();
        for (int i = 0; i < children; i++) {
            kids.add(new Intake.Child("C" + i, TODAY.minusYears(4 + i), i % 2 == 0 ? ChildGender.FEMALE : ChildGender.MALE));
        }
        return new Intake("R-1", "foster", "28071", "28071", kids,
                Map.of(NeedDomain.TRAUMA, 3, NeedDomain.MEDICAL, 1, NeedDomain.SCHOOL, 2), Set.of("med-fragile"),
                RiskLevel.MODERATE, Urgency.URGENT, split, true, false, "Casey Manager", "casey@example.org", null);
    }

    private Referral referral(int children) {
        return Referral.create(intake(children, false), "R1", null, 1, null, "sam", NOW, TODAY);
    }

    /** Offers get their id from the database; here the test gives them one. */
    private static Offer offer(Referral r, long offeringId, int places, Instant at) {
        Offer offer = r.offer(new Offer.Target(offeringId, 100 + offeringId, "Offering " + offeringId, places, 1, 10), DAY, "sam", at);
        try {
            Field id = Offer.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(offer, ids++);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return offer;
    }

    @Test
    void intakeIsCheckedAndNormalised() {
        Referral r = referral(3);
        assertEquals(ReferralStatus.REQUESTED, r.getStatus());
        assertEquals("FOSTER", r.getServiceTypeCode());
        assertNull(r.getSchoolCountyFips(), "a school county equal to the home county is no school county");
        assertEquals(Set.of("MED-FRAGILE"), r.getRequiredPopulations());
        assertEquals(Set.of("MENTAL-HEALTH"), r.actionableNeedCodes(), "trauma rated 3 is actionable; school has no population");
        assertEquals(3, r.siblingGroupSize());
        assertEquals("CREATE", r.getEvents().get(0).getAction());

        assertThrows(InvalidInputException.class, () -> Referral.create(intake(0, false), "R1", null, 1, null, "sam", NOW, TODAY));
        assertThrows(InvalidInputException.class, () -> Referral.create(intake(13, false), "R1", null, 1, null, "sam", NOW, TODAY));
        Intake badRating = new Intake("R-2", "FOSTER", "28071", null, intake(1, false).children(), Map.of(NeedDomain.TRAUMA, 4),
                Set.of(), RiskLevel.LOW, Urgency.ROUTINE, false, false, false, "Casey", null, null);
        assertEquals("ratings", assertThrows(InvalidInputException.class,
                () -> Referral.create(badRating, "R1", null, 1, null, "sam", NOW, TODAY)).field());
        Intake unborn = new Intake("R-3", "FOSTER", "28071", null, List.of(new Intake.Child("X", TODAY.plusDays(3), ChildGender.OTHER)),
                Map.of(), Set.of(), RiskLevel.LOW, Urgency.ROUTINE, false, false, false, "Casey", null, null);
        assertThrows(InvalidInputException.class, () -> Referral.create(unborn, "R1", null, 1, null, "sam", NOW, TODAY));
        Intake noManager = new Intake("R-4", "FOSTER", "28071", null, intake(1, false).children(), Map.of(), Set.of(),
                RiskLevel.LOW, Urgency.ROUTINE, false, false, false, " ", null, null);
        assertEquals("caseManager", assertThrows(InvalidInputException.class,
                () -> Referral.create(noManager, "R1", null, 1, null, "sam", NOW, TODAY)).field());
    }

    @Test
    void theHighestLevelOfCareIsTheServicesUnlessTheIntakeNamesAHigherOne() {
        assertEquals(LevelOfCare.FOSTER, Referral.create(intake(1, false), "R1", LevelOfCare.FOSTER, 1, null, "sam", NOW, TODAY)
                .getMaxLevelOfCare());
        Intake upToGroup = withMaxLevel(intake(1, false), LevelOfCare.GROUP);
        assertEquals(LevelOfCare.GROUP, Referral.create(upToGroup, "R1", LevelOfCare.FOSTER, 1, null, "sam", NOW, TODAY)
                .getMaxLevelOfCare());
        InvalidInputException below = assertThrows(InvalidInputException.class, () -> Referral.create(
                withMaxLevel(intake(1, false), LevelOfCare.KIN), "R1", LevelOfCare.FOSTER, 1, null, "sam", NOW, TODAY));
        assertEquals("maxLevelOfCare", below.field());
        assertTrue(below.getMessage().contains("foster care"), below.getMessage());
        assertEquals("maxLevelOfCare", assertThrows(InvalidInputException.class,
                () -> Referral.create(upToGroup, "R1", null, 1, null, "sam", NOW, TODAY)).field(),
                "a service that places no child has no level to go beyond");
        assertNull(Referral.create(intake(1, false), "R1", null, 1, null, "sam", NOW, TODAY).getMaxLevelOfCare());
    }

    @Test
    void theFingerprintOfAnIntakeWithoutAHighestLevelIsTheOneItHadBeforeLevelsExisted() {
        Intake plain = intake(2, false);
        assertEquals(plain.fingerprint(), withMaxLevel(plain, null).fingerprint());
        assertFalse(plain.fingerprint().equals(withMaxLevel(plain, LevelOfCare.GROUP).fingerprint()));
    }

    private static Intake withMaxLevel(Intake i, LevelOfCare level) {
        return new Intake(i.number(), i.serviceTypeCode(), i.homeCountyFips(), i.schoolCountyFips(), i.children(), i.ratings(),
                i.requiredPopulations(), i.risk(), i.urgency(), i.allowSplit(), i.stayInHomeCounty(), i.kinFirst(),
                i.caseManagerName(), i.caseManagerEmail(), i.notes(), level);
    }

    @Test
    void anAcceptedOfferHoldsPlacesAndWithdrawsTheOtherOffers() {
        Referral r = referral(2);
        Offer first = offer(r, 1, 2, NOW);
        Offer second = offer(r, 2, 2, NOW);
        assertEquals(ReferralStatus.OFFERED, r.getStatus());
        r.accept(second.getId(), "pat", NOW.plusSeconds(600));
        assertEquals(ReferralStatus.ACCEPTED, r.getStatus());
        assertEquals(OfferStatus.WITHDRAWN, first.getStatus());
        assertEquals(second, r.heldOffer().orElseThrow());
        assertThrows(ConflictException.class, () -> r.accept(first.getId(), "jo", NOW.plusSeconds(700)), "filled elsewhere");
        r.start("pat", NOW.plusSeconds(3600));
        assertEquals(ReferralStatus.IN_PROGRESS, r.getStatus());
        r.complete("reunified", "pat", NOW.plusSeconds(7200));
        assertEquals(ReferralStatus.COMPLETED, r.getStatus());
        assertTrue(r.heldOffer().isEmpty(), "completion gives the places back");
        assertEquals(OfferStatus.CLOSED, second.getStatus());
        assertEquals(List.of("CREATE", "OFFER", "OFFER", "ACCEPT", "START", "COMPLETE"),
                r.getEvents().stream().map(ReferralEvent::getAction).toList(), "every transition is recorded");
    }

    @Test
    void reportsFollowTheStartAndKeepTheStatusAndTheServingOffer() {
        Referral r = referral(1);
        Offer offer = offer(r, 1, 1, NOW);
        assertThrows(ConflictException.class, () -> r.report("REPORT_MOVE", "to kin", "pat", NOW), "not started yet");
        r.accept(offer.getId(), "pat", NOW.plusSeconds(60));
        r.start("pat", NOW.plusSeconds(120));
        r.report("REPORT_MOVE", "to kin", "pat", NOW.plusSeconds(180));
        ReferralEvent report = r.getEvents().get(r.getEvents().size() - 1);
        assertEquals(ReferralStatus.IN_PROGRESS, r.getStatus());
        assertEquals(ReferralStatus.IN_PROGRESS, report.getTo());
        assertEquals(offer, report.getOffer(), "the report belongs to the serving provider's offer, so the provider sees it");
        r.complete(null, "pat", NOW.plusSeconds(240));
        assertEquals(offer, r.servingOffer().orElseThrow(), "the closed offer still names who served the referral");
        r.report("REPORT_UNITS", "x".repeat(600), "pat", NOW.plusSeconds(300));
        assertEquals(500, r.getEvents().get(r.getEvents().size() - 1).getNote().length(), "a long note is shortened, not refused");
    }

    @Test
    void illegalTransitionsAreConflicts() {
        Referral r = referral(1);
        assertThrows(ConflictException.class, () -> r.start("pat", NOW), "not accepted");
        assertThrows(ConflictException.class, () -> r.complete(null, "pat", NOW), "not started");
        Offer o = offer(r, 1, 1, NOW);
        assertThrows(ConflictException.class, () -> offer(r, 1, 1, NOW), "the same offering twice");
        assertThrows(InvalidInputException.class, () -> offer(r, 9, 2, NOW), "more places than children");
        r.withdraw("family moved", "sam", NOW);
        assertEquals(ReferralStatus.CANCELLED, r.getStatus());
        assertEquals(OfferStatus.WITHDRAWN, o.getStatus());
        assertThrows(ConflictException.class, () -> r.accept(o.getId(), "pat", NOW));
        assertThrows(ConflictException.class, () -> offer(r, 2, 1, NOW), "a cancelled referral is not offered");
        assertThrows(ConflictException.class, () -> r.withdraw("again", "sam", NOW));
    }

    @Test
    void anOfferExpiresOnlyOnceItsWindowHasClosedAndCannotBeAcceptedAfterwards() {
        Referral r = referral(1);
        Offer o = offer(r, 1, 1, NOW);
        assertFalse(r.expireOverdue(o.getId(), NOW.plus(DAY).minusSeconds(1)), "still inside the window");
        assertThrows(ConflictException.class, () -> r.accept(o.getId(), "pat", NOW.plus(DAY)), "the window is closed");
        assertTrue(r.expireOverdue(o.getId(), NOW.plus(DAY)));
        assertEquals(OfferStatus.EXPIRED, o.getStatus());
        assertEquals(ReferralStatus.REQUESTED, r.getStatus(), "back to be offered to the next match");
        assertEquals(Set.of(1L), r.triedOfferings());
        r.escalate("offer expired", NOW.plus(DAY));
        assertTrue(r.isEscalated());
        r.clearEscalation("lead", NOW.plus(DAY));
        assertFalse(r.isEscalated());
    }

    @Test
    void declineNeedsAReasonAndAfterAcceptanceReleasesThePlaces() {
        Referral r = referral(1);
        Offer first = offer(r, 1, 1, NOW);
        Offer second = offer(r, 2, 1, NOW);
        assertThrows(InvalidInputException.class, () -> r.decline(first.getId(), null, null, "pat", NOW));
        assertThrows(InvalidInputException.class, () -> r.decline(first.getId(), DeclineReason.OTHER, " ", "pat", NOW),
                "'other' needs a note");
        r.decline(first.getId(), DeclineReason.AT_CAPACITY, null, "pat", NOW);
        assertEquals(ReferralStatus.OFFERED, r.getStatus(), "another offer is still open");
        assertEquals(DeclineReason.AT_CAPACITY, first.getDeclineReason());
        r.accept(second.getId(), "jo", NOW);
        r.decline(second.getId(), DeclineReason.MISSING_DOCUMENTS, "no medical records", "jo", NOW);
        assertEquals(ReferralStatus.REQUESTED, r.getStatus(), "given back before the start: requested again");
        assertTrue(r.heldOffer().isEmpty());
        assertThrows(ConflictException.class, () -> r.decline(second.getId(), DeclineReason.OTHER, "again", "jo", NOW));
    }

    /** The questions pages and clients ask of a status are the ones the state machine itself obeys. */
    @Test
    void whatEachStatusAllowsIsWhatTheTransitionsAllow() {
        assertEquals(java.util.EnumSet.of(ReferralStatus.REQUESTED, ReferralStatus.OFFERED),
                java.util.EnumSet.copyOf(java.util.Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isUnplaced).toList()));
        assertEquals(java.util.EnumSet.of(ReferralStatus.REQUESTED, ReferralStatus.OFFERED, ReferralStatus.ACCEPTED),
                java.util.EnumSet.copyOf(java.util.Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isWithdrawable).toList()));
        assertEquals(java.util.EnumSet.of(ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED),
                java.util.EnumSet.copyOf(java.util.Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isServed).toList()));
        Referral r = referral(1);
        assertTrue(r.mayWait());
        Offer o = offer(r, 1, 1, NOW);
        assertTrue(r.getStatus().isUnplaced() && r.mayWait());
        r.accept(o.getId(), "pat", NOW);
        assertFalse(r.getStatus().isUnplaced());
        assertTrue(r.getStatus().isWithdrawable());
        assertThrows(ConflictException.class, () -> offer(r, 2, 1, NOW), "an accepted referral is not offered again");
        assertThrows(ConflictException.class, () -> r.report("MOVE", null, "pat", NOW), "no outcome before the start");
        r.start("pat", NOW);
        assertFalse(r.getStatus().isWithdrawable());
        assertThrows(ConflictException.class, () -> r.withdraw("too late", "sam", NOW));
        assertTrue(r.getStatus().isServed());
        r.report("MOVE", null, "pat", NOW);
    }
}
