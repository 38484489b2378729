package org.providernetwork.domain.capacity;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OfferingCapacityTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aDeclarationIsRecordedAsHistory() {
        OfferingCapacity capacity = new OfferingCapacity(7, 3, 10, "pat", NOW);
        CapacityChange change = capacity.declare(2, 12, "robin", NOW.plusSeconds(60));
        assertEquals(2, capacity.getAvailable());
        assertEquals(12, capacity.getMaximum());
        assertEquals("robin", capacity.getUpdatedBy());
        assertEquals(7L, change.getOfferingId());
        assertEquals(2, change.getAvailable());
        assertEquals(NOW.plusSeconds(60), change.getChangedAt());
    }

    @Test
    void availableNeverExceedsTheMaximum() {
        OfferingCapacity capacity = new OfferingCapacity(7, 3, 10, "pat", NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> capacity.declare(11, 10, "pat", NOW));
        assertEquals("available", e.field());
        assertThrows(InvalidInputException.class, () -> capacity.declare(-1, 10, "pat", NOW));
        assertThrows(InvalidInputException.class, () -> capacity.declare(0, -1, "pat", NOW));
        assertThrows(InvalidInputException.class, () -> capacity.declare(0, OfferingCapacity.LARGEST + 1, "pat", NOW));
        assertEquals(3, capacity.getAvailable(), "a refused declaration changes nothing");
    }

    @Test
    void statusAndUtilisationFollowTheFigures() {
        OfferingCapacity capacity = new OfferingCapacity(7, 3, 12, "pat", NOW);
        assertEquals(CapacityStatus.CAPACITY, capacity.status());
        assertEquals(0.75, capacity.utilisation(), 1e-9);
        capacity.declare(0, 12, "pat", NOW);
        capacity.waitlistCounted(4);
        assertEquals(CapacityStatus.WAITLIST, capacity.status());
        assertEquals(4, capacity.declare(0, 12, "pat", NOW).getWaitlist(), "a declaration leaves the waiting referrals alone");
        capacity.waitlistCounted(0);
        assertEquals(CapacityStatus.NO_CAPACITY, capacity.status());
        capacity.declare(0, 0, "pat", NOW);
        assertEquals(0, capacity.utilisation(), 1e-9);
    }

    @Test
    void acceptedReferralsHoldPlacesAndGiveThemBack() {
        OfferingCapacity capacity = new OfferingCapacity(7L, 3, 5, "pat", java.time.Instant.parse("2026-11-01T00:00:00Z"));
        java.time.Instant later = java.time.Instant.parse("2026-11-25T00:00:00Z");
        capacity.hold(2, "jo", later);
        org.junit.jupiter.api.Assertions.assertEquals(1, capacity.getAvailable());
        org.junit.jupiter.api.Assertions.assertEquals(2, capacity.getReserved());
        org.junit.jupiter.api.Assertions.assertEquals("pat", capacity.getUpdatedBy(), "a hold is not the provider's declaration");
        org.junit.jupiter.api.Assertions.assertThrows(org.providernetwork.domain.shared.ConflictException.class,
                () -> capacity.hold(2, "jo", later), "never more than is free");
        org.junit.jupiter.api.Assertions.assertThrows(org.providernetwork.domain.shared.InvalidInputException.class,
                () -> capacity.declare(4, 5, "pat", later), "held places are never declared away");
        capacity.release(2, "jo", later);
        org.junit.jupiter.api.Assertions.assertEquals(3, capacity.getAvailable());
        org.junit.jupiter.api.Assertions.assertEquals(0, capacity.getReserved());
        capacity.release(5, "jo", later);
        org.junit.jupiter.api.Assertions.assertEquals(3, capacity.getAvailable(), "nothing more is given back than was held");
    }
}
