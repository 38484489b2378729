package org.providernetwork.domain.account;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.CountyFips;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final Region region = new Region(1L, "R1", "Region 1");
    private final County lee = new County(CountyFips.of("28081"), "Lee", new GeoPoint(34.29, -88.68), region);
    private final Organisation provider = Organisation.register("Lee Services", OrganisationType.LOCAL_PROVIDER,
            null, lee, List.of(), null, NOW);
    private final Organisation state = Organisation.register("State agency", OrganisationType.STATE_AGENCY,
            null, null, List.of(), null, NOW);

    @Test
    void rolesMustFitTheOrganisationType() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new UserAccount("pat", "Pat",
                null, provider, Set.of(PortalRole.STATE_STAFF), null, NOW));
        assertEquals("roles", e.field());
        assertThrows(InvalidInputException.class, () -> new UserAccount("sam", "Sam", null, state,
                Set.of(PortalRole.PROVIDER_ADMIN), null, NOW));
        UserAccount ok = new UserAccount("Pat.Admin", "Pat", null, provider,
                Set.of(PortalRole.PROVIDER_ADMIN, PortalRole.PROVIDER_STAFF), null, NOW);
        assertEquals("pat.admin", ok.getUsername());
    }

    @Test
    void anAccountNeedsAnOrganisationAndARole() {
        assertThrows(InvalidInputException.class, () -> new UserAccount("pat", "Pat", null, null,
                Set.of(PortalRole.PROVIDER_ADMIN), null, NOW));
        assertThrows(InvalidInputException.class, () -> new UserAccount("pat", "Pat", null, provider, Set.of(),
                null, NOW));
        assertThrows(InvalidInputException.class, () -> new UserAccount("a b", "Pat", null, provider,
                Set.of(PortalRole.PROVIDER_ADMIN), null, NOW));
    }

    @Test
    void aPasswordlessAccountNeverOpensWithAPassword() {
        UserAccount federated = new UserAccount("pat", "Pat", null, provider, Set.of(PortalRole.PROVIDER_STAFF),
                null, NOW);
        assertFalse(federated.passwordMatches("anything".toCharArray()));
        UserAccount local = new UserAccount("robin", "Robin", null, provider, Set.of(PortalRole.PROVIDER_STAFF),
                PasswordHash.hash("pw-123456".toCharArray(), 1_000), NOW);
        assertTrue(local.passwordMatches("pw-123456".toCharArray()));
        assertFalse(local.passwordMatches("pw-1234567".toCharArray()));
    }

    @Test
    void roleCodesRoundTrip() {
        PortalRoleConverter converter = new PortalRoleConverter();
        for (PortalRole role : PortalRole.values()) {
            assertEquals(role, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(role)));
        }
        assertEquals("regional-lead", converter.convertToDatabaseColumn(PortalRole.REGIONAL_LEAD));
    }
}
