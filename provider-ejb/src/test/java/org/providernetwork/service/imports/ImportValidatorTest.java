package org.providernetwork.service.imports;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.tenancy.TenantScope;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportValidatorTest {

    private static final String HEADER = "record,provider,provider_id,type,county,regions,email,offering,offering_id,"
            + "service_type,served_counties,need_codes,min_age,max_age,genders,max_sibling_group,out_of_county,"
            + "languages,available,maximum,waitlist\n";

    /** Three counties in three regions, two service types, one need code, a few organisations and one offering. */
    static final class FakeLookups implements ImportLookups {

        private static final Map<String, CountyRef> COUNTIES = Map.of(
                "28033", new CountyRef("28033", "DeSoto", "R1"),
                "28081", new CountyRef("28081", "Lee", "R2"),
                "28001", new CountyRef("28001", "Adams", "R6"));
        private static final List<ExistingOrganisation> ORGANISATIONS = List.of(
                new ExistingOrganisation(108, "Existing Local R1", OrganisationType.LOCAL_PROVIDER, Set.of("R1")),
                new ExistingOrganisation(120, "Existing Local R2", OrganisationType.LOCAL_PROVIDER, Set.of("R2")),
                new ExistingOrganisation(5, "Lead R1", OrganisationType.LEAD_CONTRACTOR, Set.of("R1")));
        private static final List<ExistingOffering> OFFERINGS = List.of(
                new ExistingOffering(900, 108, "Foster homes"),
                new ExistingOffering(901, 120, "Foster homes"));

        @Override
        public Optional<CountyRef> county(String value) {
            return Optional.ofNullable(COUNTIES.get(value)).or(() -> COUNTIES.values().stream()
                    .filter(c -> c.name().equalsIgnoreCase(value)).findFirst());
        }

        @Override
        public boolean regionExists(String code) {
            return code.matches("R[1-7]");
        }

        @Override
        public boolean serviceTypeExists(String code) {
            return Set.of("FOSTER", "IN-HOME").contains(code);
        }

        @Override
        public boolean needCodeExists(String code) {
            return "MENTAL-HEALTH".equals(code);
        }

        @Override
        public Map<String, ExistingOrganisation> organisationsByNameKey(Collection<String> keys) {
            return ORGANISATIONS.stream().filter(o -> keys.contains(o.name().toLowerCase()))
                    .collect(Collectors.toMap(o -> o.name().toLowerCase(), o -> o));
        }

        @Override
        public Map<Long, ExistingOrganisation> organisationsById(Collection<Long> ids) {
            return ORGANISATIONS.stream().filter(o -> ids.contains(o.id())).collect(Collectors.toMap(ExistingOrganisation::id, o -> o));
        }

        @Override
        public List<ExistingOffering> offeringsOf(Collection<Long> providerIds) {
            return OFFERINGS.stream().filter(o -> providerIds.contains(o.providerId())).toList();
        }

        @Override
        public Map<Long, ExistingOffering> offeringsById(Collection<Long> ids) {
            return OFFERINGS.stream().filter(o -> ids.contains(o.id())).collect(Collectors.toMap(ExistingOffering::id, o -> o));
        }
    }

    private static TenantScope state() {
        return TenantScope.of(new SignedInUser(1L, "state.staff", "State", 1, "State agency", OrganisationType.STATE_AGENCY,
                null, Set.of(Roles.STATE_STAFF)));
    }

    private static TenantScope leadOfR1() {
        return TenantScope.of(new SignedInUser(2L, "lead.r1", "Lead", 5, "Lead R1", OrganisationType.LEAD_CONTRACTOR,
                "R1", Set.of(Roles.REGIONAL_LEAD)));
    }

    private static TenantScope providerAdminOf108() {
        return TenantScope.of(new SignedInUser(3L, "provider.admin", "Admin", 108, "Existing Local R1",
                OrganisationType.LOCAL_PROVIDER, null, Set.of(Roles.PROVIDER_ADMIN)));
    }

    private static ImportPlan check(String rows, TenantScope scope) {
        return ImportValidator.check(HEADER + rows, scope, new FakeLookups());
    }

    private static void assertError(ImportPlan plan, int row, String column, String messagePart) {
        assertTrue(plan.report().errors().stream().anyMatch(e -> e.row() == row && e.column().equals(column)
                        && e.message().contains(messagePart)),
                "expected an error at row " + row + ", column " + column + " (" + messagePart + "): " + plan.report().errors());
    }

    @Test
    void aValidFileBecomesAPlanWithEveryReferenceResolved() {
        ImportPlan plan = check("""
                organisation,New Homes Inc,,LOCAL_PROVIDER,Lee,,info@newhomes.example,,,,,,,,,,,,,,
                offering,New Homes Inc,,,28081,,,Foster care Lee,,foster,28033;DeSoto,mental-health,0,17,,3,yes,en;es,,,
                offering,,108,,28033,,,In-home DeSoto,,IN-HOME,,,5,21,FEMALE,,,,,,
                capacity,new homes inc,,,,,,Foster care Lee,,,,,,,,,,,4,10,2
                capacity,,,,,,,,900,,,,,,,,,,1,5,
                """, state());
        assertEquals(List.of(), plan.report().errors());
        assertEquals(5, plan.report().rows());
        assertEquals(1, plan.organisations().size());
        assertEquals(List.of("R2"), plan.organisations().get(0).regionCodes(), "the headquarters' region by default");
        ImportPlan.OfferingDraft foster = plan.offerings().get(0);
        assertEquals(null, foster.providerId());
        assertEquals("new homes inc", foster.providerNameKey());
        assertEquals("FOSTER", foster.serviceTypeCode());
        assertEquals(List.of("28033"), foster.servedFips(), "DeSoto once, by code and by name");
        assertEquals(List.of("MENTAL-HEALTH"), foster.needCodes());
        assertEquals(List.of("en", "es"), foster.languages());
        assertTrue(foster.acceptsOutOfCounty());
        assertEquals(108L, plan.offerings().get(1).providerId());
        assertEquals(1, plan.offerings().get(1).maxSiblingGroup());
        assertEquals(List.of("en"), plan.offerings().get(1).languages());
        assertEquals(0, plan.capacities().get(0).offeringIndex());
        assertEquals(900L, plan.capacities().get(1).offeringId());
        assertEquals(0, plan.capacities().get(1).waitlist());
    }

    @Test
    void everyBadRowIsReportedWithItsRowAndColumnAndNothingIsPlanned() {
        ImportPlan plan = check("""
                organisation,Twice Ltd,,LOCAL_PROVIDER,28081,,,,,,,,,,,,,,,,
                organisation,twice  ltd,,LOCAL_PROVIDER,28081,,,,,,,,,,,,,,,,
                organisation,Existing Local R1,,LOCAL_PROVIDER,28033,,,,,,,,,,,,,,,,
                organisation,Nowhere,,LEAD_CONTRACTOR,99999,R9,not-an-email,,,,,,,,,,,,,,
                offering,Nobody Known,,,28081,,,Foster,,FOSTER,,,0,17,,,,,,,
                offering,,108,,28033,,,Bad,,NOPE,Atlantis,SOMETHING,15,3,X,13,maybe,xx,,,
                offering,,108,,28033,,,Foster homes,,FOSTER,,,0,17,,,,,3,,
                offering,,5,,28033,,,Lead offering,,FOSTER,,,0,17,,,,,,,
                capacity,,108,,,,,Unknown,,,,,,,,,,,1,2,
                capacity,,,,,,,,900,,,,,,,,,,5,2,
                capacity,,,,,,,,900,,,,,,,,,,1,2,
                capacity,,,,,,,,77,,,,,,,,,,1,x,
                elephant,,,,,,,,,,,,,,,,,,,,
                """, state());
        assertTrue(plan.organisations().isEmpty() && plan.offerings().isEmpty() && plan.capacities().isEmpty());
        assertError(plan, 3, "provider", "twice in the file (also row 2)");
        assertError(plan, 4, "provider", "already exists (id 108)");
        assertError(plan, 5, "type", "LOCAL_PROVIDER or STATEWIDE_PROVIDER");
        assertError(plan, 5, "county", "unknown county");
        assertError(plan, 5, "regions", "unknown region");
        assertError(plan, 5, "email", "not an e-mail address");
        assertError(plan, 6, "provider", "unknown provider");
        assertError(plan, 7, "service_type", "unknown service type");
        assertError(plan, 7, "served_counties", "unknown county");
        assertError(plan, 7, "need_codes", "unknown need code");
        assertError(plan, 7, "max_age", "below the youngest (15)");
        assertError(plan, 7, "genders", "ANY, FEMALE or MALE");
        assertError(plan, 7, "max_sibling_group", "from 1 to 12");
        assertError(plan, 7, "out_of_county", "yes or no");
        assertError(plan, 7, "languages", "'xx'");
        assertError(plan, 8, "offering", "already has an offering of this name (id 900)");
        assertError(plan, 8, "available", "not used on offering rows");
        assertError(plan, 9, "provider_id", "is not a provider");
        assertError(plan, 10, "offering", "no offering of this name");
        assertError(plan, 11, "available", "only 2 places can be available");
        assertError(plan, 12, "offering_id", "given twice (also row 11)");
        assertError(plan, 13, "offering_id", "no offering has this id");
        assertError(plan, 13, "maximum", "not a whole number");
        assertError(plan, 14, "record", "organisation, offering or capacity");
        assertEquals("Atlantis", plan.report().errors().stream().filter(e -> e.column().equals("served_counties"))
                .findFirst().orElseThrow().value(), "the report shows the value as written");
    }

    @Test
    void theHeaderIsChecked() {
        ImportPlan plan = ImportValidator.check("Record,Provider,Colour,provider\norganisation,A,,\n", state(),
                new FakeLookups());
        assertError(plan, 1, "colour", "unknown column");
        assertError(plan, 1, "provider", "appears twice");
        assertEquals(1, ImportValidator.check("provider\nx\n", state(), new FakeLookups()).report().errors().size());
        assertError(ImportValidator.check("", state(), new FakeLookups()), 1, "file", "empty");
        assertError(ImportValidator.check("record\n\"open\n", state(), new FakeLookups()), 2, "file", "never closed");
    }

    @Test
    void aRegionalLeadImportsOnlyLocalProvidersOfItsOwnRegion() {
        ImportPlan plan = check("""
                organisation,Mine Ltd,,LOCAL_PROVIDER,DeSoto,,,,,,,,,,,,,,,,
                organisation,Elsewhere Ltd,,LOCAL_PROVIDER,Lee,,,,,,,,,,,,,,,,
                organisation,Big Statewide,,STATEWIDE_PROVIDER,DeSoto,,,,,,,,,,,,,,,,
                offering,Mine Ltd,,,28033,,,Foster,,FOSTER,,,0,17,,,,,,,
                offering,,120,,28081,,,Foster R2,,FOSTER,,,0,17,,,,,,,
                offering,,108,,28081,,,Foster in Lee,,FOSTER,,,0,17,,,,,,,
                capacity,,,,,,,,901,,,,,,,,,,1,2,
                capacity,,,,,,,,900,,,,,,,,,,1,2,
                """, leadOfR1());
        assertError(plan, 3, "regions", "own region (R1)");
        assertError(plan, 4, "type", "local providers of its own region");
        assertError(plan, 6, "provider_id", "outside what you may import for");
        assertError(plan, 6, "county", "outside your region (R1)");
        assertError(plan, 7, "county", "outside your region (R1)");
        assertError(plan, 8, "offering_id", "outside what you may import for");
        assertEquals(6, plan.report().errors().size(), plan.report().errors().toString());
    }

    @Test
    void aProviderImportsOfferingsAndCapacityOfItsOwnOrganisationOnly() {
        ImportPlan plan = check("""
                organisation,Mine Ltd,,LOCAL_PROVIDER,DeSoto,,,,,,,,,,,,,,,,
                offering,,108,,28081,,,Foster in Lee,,FOSTER,,,0,17,,,,,,,
                offering,Existing Local R2,,,28081,,,Foster R2,,FOSTER,,,0,17,,,,,,,
                capacity,,,,,,,,900,,,,,,,,,,1,2,
                capacity,,,,,,,,901,,,,,,,,,,1,2,
                """, providerAdminOf108());
        assertError(plan, 2, "record", "only state staff and regional leads");
        assertError(plan, 4, "provider", "not your organisation");
        assertError(plan, 6, "offering_id", "outside what you may import for");
        assertEquals(3, plan.report().errors().size(), plan.report().errors().toString());
    }
}
