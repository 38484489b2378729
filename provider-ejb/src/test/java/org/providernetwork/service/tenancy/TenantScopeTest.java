package org.providernetwork.service.tenancy;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.network.OrganisationType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantScopeTest {

    @Test
    void aLeadSeesItsOwnOrganisationAndTheLocalProvidersOfItsRegionByOneRule() {
        TenantScope.Predicate seen = new TenantScope(TenantScope.Kind.REGION, 42, "R3").organisations("o");
        TenantScope.Predicate local = TenantScope.localProviderOf("o", ":scopeRegion");
        assertTrue(seen.jpql().contains(local.jpql()), "the lead's view is built on the local-provider rule: " + seen.jpql());
        assertTrue(seen.jpql().contains("o.id = :scopeOrganisation"), seen.jpql());
        assertEquals(42L, seen.parameters().get("scopeOrganisation"));
        assertEquals("R3", seen.parameters().get("scopeRegion"));
        assertEquals(OrganisationType.LOCAL_PROVIDER, seen.parameters().get("scopeLocal"));
    }

    @Test
    void theLocalProviderRuleTakesTheRegionFromAParameterOrAPath() {
        TenantScope.Predicate byPath = TenantScope.localProviderOf("p", "lr.code");
        assertTrue(byPath.jpql().contains("p.type = :scopeLocal"), byPath.jpql());
        assertTrue(byPath.jpql().contains("so = p AND sr.code = lr.code"), byPath.jpql());
        assertEquals(java.util.Map.of("scopeLocal", OrganisationType.LOCAL_PROVIDER), byPath.parameters(),
                "only local providers have a lead: a statewide provider never matches");
    }
}
