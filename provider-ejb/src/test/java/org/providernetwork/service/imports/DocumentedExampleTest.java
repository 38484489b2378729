package org.providernetwork.service.imports;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.reference.ReferenceFiles;
import org.providernetwork.service.tenancy.TenantScope;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example file of docs/bulk-import.md is valid against the shipped reference data. */
class DocumentedExampleTest {

    @Test
    void theDocumentedExampleIsValid() throws Exception {
        ReferenceFiles reference = ReferenceFiles.load();
        Map<String, ReferenceFiles.CountyRow> counties = reference.counties().stream()
                .collect(Collectors.toMap(ReferenceFiles.CountyRow::fips, c -> c));
        ImportLookups lookups = new ImportLookups() {
            @Override
            public Optional<CountyRef> county(String value) {
                String name = value.toLowerCase(Locale.ROOT).replaceAll("\\s+county$", "");
                return counties.values().stream().filter(c -> c.fips().equals(value) || c.name().equalsIgnoreCase(name))
                        .findFirst().map(c -> new CountyRef(c.fips(), c.name(), c.regionCode()));
            }

            @Override
            public boolean regionExists(String code) {
                return reference.regions().stream().anyMatch(r -> r.code().equals(code));
            }

            @Override
            public boolean serviceTypeExists(String code) {
                return reference.serviceTypes().stream().anyMatch(t -> t.code().equals(code));
            }

            @Override
            public boolean needCodeExists(String code) {
                return reference.needs().stream().anyMatch(n -> n.code().equals(code));
            }

            @Override
            public Map<String, ExistingOrganisation> organisationsByNameKey(Collection<String> keys) {
                return Map.of();
            }

            @Override
            public Map<Long, ExistingOrganisation> organisationsById(Collection<Long> ids) {
                return Map.of();
            }

            @Override
            public List<ExistingOffering> offeringsOf(Collection<Long> providerIds) {
                return List.of();
            }

            @Override
            public Map<Long, ExistingOffering> offeringsById(Collection<Long> ids) {
                return Map.of();
            }
        };
        String file = Files.readString(Path.of("..", "docs", "examples", "bulk-import.csv"), StandardCharsets.UTF_8);
        TenantScope state = TenantScope.of(new SignedInUser(1L, "state.staff", "State", 1, "State agency",
                OrganisationType.STATE_AGENCY, null, Set.of(Roles.STATE_STAFF)));
        ImportPlan plan = ImportValidator.check(file, state, lookups);
        assertEquals(List.of(), plan.report().errors());
        assertEquals(2, plan.organisations().size());
        assertEquals(3, plan.offerings().size());
        assertEquals(2, plan.capacities().size());
        assertEquals(List.of("28093", "28137"), plan.offerings().get(0).servedFips());
    }
}
