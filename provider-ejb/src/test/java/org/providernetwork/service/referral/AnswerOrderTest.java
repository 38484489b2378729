package org.providernetwork.service.referral;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.referral.Urgency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A provider's inbox lists the offers in the order they must be answered. */
class AnswerOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static ReferralSummary offer(long id, Urgency urgency, Duration left) {
        return new ReferralSummary(id, "R-" + id, ReferralStatus.OFFERED, urgency, "THER-FOSTER", "28049", "R1", 1, false,
                NOW.minus(Duration.ofHours(id)), left == null ? null : NOW.plus(left));
    }

    @Test
    void emergenciesFirstThenTheSoonestDeadline() {
        ReferralSummary routineSoon = offer(1, Urgency.ROUTINE, Duration.ofMinutes(30));
        ReferralSummary emergencyLater = offer(2, Urgency.EMERGENCY, Duration.ofMinutes(108));
        ReferralSummary emergencySoon = offer(3, Urgency.EMERGENCY, Duration.ofMinutes(40));
        ReferralSummary urgent = offer(4, Urgency.URGENT, Duration.ofHours(20));
        ReferralSummary noDeadline = offer(5, Urgency.URGENT, null);
        ReferralSummary routineLate = offer(6, Urgency.ROUTINE, Duration.ofHours(70));

        List<ReferralSummary> inbox = Stream.of(noDeadline, routineLate, urgent, routineSoon, emergencyLater, emergencySoon)
                .sorted(Referrals.ANSWER_ORDER).toList();

        assertEquals(List.of(emergencySoon, emergencyLater, routineSoon, urgent, routineLate, noDeadline), inbox);
    }
}
