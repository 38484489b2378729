package org.providernetwork.domain.referral;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.outcome.OfferAnswer;

import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one definition of the referral measures: acceptance and response on time. */
class OfferMeasuresTest {

    private static final Instant OFFERED = Instant.parse("2026-03-02T15:00:00Z");
    private static final Instant DEADLINE = OFFERED.plusSeconds(86_400);

    @Test
    void offersStillWaitingAndWithdrawnOffersCountInNeitherMeasure() {
        assertEquals(EnumSet.of(OfferStatus.ACCEPTED, OfferStatus.CLOSED, OfferStatus.DECLINED, OfferStatus.EXPIRED),
                OfferMeasures.COUNTED);
        OfferMeasures.Tally tally = new OfferMeasures.Tally()
                .add(OfferStatus.OFFERED, DEADLINE, null)
                .add(OfferStatus.WITHDRAWN, DEADLINE, OFFERED.plusSeconds(60));
        assertEquals(0, tally.counted());
        assertNull(tally.acceptance(), "nothing counted: no value, not zero");
        assertNull(tally.responseOnTime());
    }

    @Test
    void acceptanceIsTheShareAcceptedOrClosedOfTheOffersAnsweredOrExpired() {
        OfferMeasures.Tally tally = new OfferMeasures.Tally()
                .add(OfferStatus.ACCEPTED, DEADLINE, OFFERED.plusSeconds(60))
                .add(OfferStatus.CLOSED, DEADLINE, OFFERED.plusSeconds(60))
                .add(OfferStatus.DECLINED, DEADLINE, OFFERED.plusSeconds(60))
                .add(OfferStatus.EXPIRED, DEADLINE, null)
                .add(OfferStatus.WITHDRAWN, DEADLINE, OFFERED.plusSeconds(60));
        assertEquals(4, tally.counted());
        assertEquals(0.5, tally.acceptance());
        OfferMeasures.Tally byStatus = new OfferMeasures.Tally().add(OfferStatus.ACCEPTED, 3).add(OfferStatus.CLOSED, 1)
                .add(OfferStatus.DECLINED, 2).add(OfferStatus.EXPIRED, 2).add(OfferStatus.WITHDRAWN, 5).add(OfferStatus.OFFERED, 9);
        assertEquals(0.5, byStatus.acceptance(), "counts by status give the same share");
    }

    @Test
    void anAnswerAtTheDeadlineIsOnTimeALaterOneAndAnExpiryAreLate() {
        assertTrue(OfferMeasures.answeredOnTime(DEADLINE, DEADLINE));
        assertTrue(OfferMeasures.answeredOnTime(DEADLINE, OFFERED));
        assertFalse(OfferMeasures.answeredOnTime(DEADLINE, DEADLINE.plusNanos(1000)));
        assertFalse(OfferMeasures.answeredOnTime(DEADLINE, null), "never answered");
        assertFalse(OfferMeasures.answeredOnTime(null, OFFERED), "no deadline");
        OfferMeasures.Tally tally = new OfferMeasures.Tally()
                .add(OfferStatus.ACCEPTED, DEADLINE, DEADLINE)
                .add(OfferStatus.DECLINED, DEADLINE, DEADLINE.plusSeconds(1))
                .add(OfferStatus.EXPIRED, DEADLINE, null)
                .add(OfferStatus.CLOSED, DEADLINE, OFFERED.plusSeconds(5))
                .add(OfferStatus.DECLINED, null, OFFERED.plusSeconds(5)); // counted for acceptance, not for response
        assertEquals(0.5, tally.responseOnTime());
        assertEquals(5, tally.counted());
    }

    @Test
    void theIndicatorEnginesOfferAnswerCarriesTheSameDefinitions() {
        for (OfferStatus status : OfferStatus.values()) {
            OfferAnswer answer = OfferAnswer.of(1, OFFERED, DEADLINE, OFFERED.plusSeconds(60), status);
            assertEquals(OfferMeasures.counted(status), answer.isResolved(), status.name());
            assertEquals(OfferMeasures.accepted(status), answer.accepted(), status.name());
            assertEquals(OfferMeasures.counted(status), answer.countsForResponse(), status.name());
            assertTrue(answer.answeredOnTime());
        }
        assertFalse(OfferAnswer.of(1, OFFERED, DEADLINE, DEADLINE.plusSeconds(1), OfferStatus.ACCEPTED).answeredOnTime());
    }
}
