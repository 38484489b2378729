package org.providernetwork.domain.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.demo.DemoReference.CountyRef;
import org.providernetwork.domain.demo.DemoReference.RegionRef;
import org.providernetwork.domain.demo.DemoReference.ServiceTypeRef;
import org.providernetwork.domain.contract.Contract;
import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ServiceLine;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.CountyFips;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.domain.shared.Period;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoNetworkGeneratorTest {

    /** Four regions of six counties on a small grid, and a taxonomy with local and statewide services. */
    static DemoReference smallState() {
        List<RegionRef> regions = new ArrayList<>();
        List<CountyRef> counties = new ArrayList<>();
        for (int r = 1; r <= 4; r++) {
            regions.add(new RegionRef("R" + r, "Region " + r + " - Area " + r));
            for (int c = 0; c < 6; c++) {
                int n = r * 10 + c;
                counties.add(new CountyRef(String.format("28%03d", n), "County" + n, "R" + r, 30 + r, -90 + c * 0.3));
            }
        }
        List<ServiceTypeRef> types = List.of(
                new ServiceTypeRef("FOSTER", "Foster care", false, true),
                new ServiceTypeRef("IN-HOME", "In-home services", false, false),
                new ServiceTypeRef("FAM-PRES", "Family preservation", false, false),
                new ServiceTypeRef("SPEC-FOSTER", "Specialised foster care", false, true),
                new ServiceTypeRef("PRTF", "Psychiatric residential treatment", true, true),
                new ServiceTypeRef("SO-TREAT", "Sex-offender treatment", true, false));
        return new DemoReference(regions, counties, types, List.of("MENTAL-HEALTH", "SEXUAL-BEHAVIOUR", "MED-FRAGILE"));
    }

    private final DemoNetworkGenerator generator = new DemoNetworkGenerator(smallState());

    @Test
    void theSameSeedGivesTheSameNetwork() {
        assertEquals(generator.generate(60, 7), generator.generate(60, 7));
        assertNotEquals(generator.generate(60, 7), generator.generate(60, 8));
    }

    @Test
    void everyRegionHasOneLeadAndAtLeastTwoLocalProviders() {
        DemoNetwork network = generator.generate(60, 42);
        Map<String, Long> leads = network.organisations().stream()
                .filter(o -> o.type() == OrganisationType.LEAD_CONTRACTOR)
                .collect(Collectors.groupingBy(DemoNetwork.Organisation::leadRegionCode, Collectors.counting()));
        assertEquals(Map.of("R1", 1L, "R2", 1L, "R3", 1L, "R4", 1L), leads);
        for (String region : List.of("R1", "R2", "R3", "R4")) {
            long locals = network.organisations().stream()
                    .filter(o -> o.type() == OrganisationType.LOCAL_PROVIDER && o.serviceRegionCodes().contains(region))
                    .count();
            assertTrue(locals >= 2, region + " has " + locals + " local providers");
        }
        assertEquals(60, network.count(OrganisationType.LOCAL_PROVIDER) + network.count(OrganisationType.STATEWIDE_PROVIDER));
        assertEquals(3, network.count(OrganisationType.STATEWIDE_PROVIDER));
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        DemoNetwork network = generator.generate(150, 3);
        Set<String> names = new HashSet<>();
        network.organisations().forEach(o -> assertTrue(names.add(o.name().toLowerCase(Locale.ROOT)), o.name()));
    }

    @Test
    void offeringsFitTheirProvidersAndReferenceData() {
        DemoNetwork network = generator.generate(80, 11);
        Map<String, DemoNetwork.Organisation> byKey = network.organisations().stream()
                .collect(Collectors.toMap(DemoNetwork.Organisation::key, Function.identity()));
        Set<String> counties = smallState().counties().stream().map(CountyRef::fips).collect(Collectors.toSet());
        assertTrue(network.offerings().size() >= 2 * 77, "offerings: " + network.offerings().size());
        for (DemoNetwork.Offering offering : network.offerings()) {
            DemoNetwork.Organisation provider = byKey.get(offering.providerKey());
            assertTrue(provider.type().isProvider());
            assertTrue(counties.contains(offering.locationCountyFips()));
            assertTrue(counties.containsAll(offering.servedCountyFips()));
            assertTrue(offering.minAge() <= offering.maxAge());
            assertTrue(offering.available() >= 0 && offering.available() <= offering.maximum(), offering.toString());
            assertTrue(offering.waitlist() == 0 || offering.available() == 0, "people wait only where nothing is free");
            boolean statewideService = offering.serviceTypeCode().equals("PRTF") || offering.serviceTypeCode().equals("SO-TREAT");
            assertEquals(provider.type() == OrganisationType.STATEWIDE_PROVIDER, statewideService, offering.toString());
            if (statewideService) {
                assertEquals(counties.size(), offering.servedCountyFips().size());
            }
        }
    }

    @Test
    void thereIsADemoAccountForEveryRoleInAFittingOrganisation() {
        DemoNetwork network = generator.generate(60, 42);
        Map<String, DemoNetwork.Organisation> byKey = network.organisations().stream()
                .collect(Collectors.toMap(DemoNetwork.Organisation::key, Function.identity()));
        Set<PortalRole> covered = new HashSet<>();
        for (DemoNetwork.User user : network.users()) {
            covered.addAll(user.roles());
            OrganisationType type = DemoNetwork.STATE_AGENCY_KEY.equals(user.organisationKey())
                    ? OrganisationType.STATE_AGENCY : byKey.get(user.organisationKey()).type();
            user.roles().forEach(role -> assertTrue(role.fits(type), user + " in " + type));
        }
        assertEquals(Set.of(PortalRole.values()), covered);
        assertTrue(network.users().stream().anyMatch(u -> u.username().equals("lead.r4")));
    }

    @Test
    void refusesASizeTooSmallForTheRegions() {
        assertThrows(IllegalArgumentException.class, () -> generator.generate(5, 1));
    }

    /**
     * The demo contracts pass every contract rule when drafted and activated in order, every provider
     * has one, and every offering is covered by an active contract on the day the network is loaded.
     */
    @ParameterizedTest(name = "loaded at {0}")
    @MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
    void demoContractsObeyTheContractRulesAndCoverEveryOffering(Clock clock) {
        DemoReference ref = smallState();
        DemoNetwork network = generator.generate(60, 11);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Map<String, Region> regions = new HashMap<>();
        ref.regions().forEach(r -> regions.put(r.code(), new Region((long) regions.size() + 1, r.code(), r.name())));
        Map<String, County> counties = new HashMap<>();
        ref.counties().forEach(c -> counties.put(c.fips(), new County(CountyFips.of(c.fips()), c.name(),
                new GeoPoint(c.latitude(), c.longitude()), regions.get(c.regionCode()))));
        Map<String, Organisation> orgs = new HashMap<>();
        orgs.put(DemoNetwork.STATE_AGENCY_KEY, Organisation.register("State", OrganisationType.STATE_AGENCY, null, null,
                List.of(), null, now));
        for (DemoNetwork.Organisation o : network.organisations()) {
            orgs.put(o.key(), Organisation.register(o.name(), o.type(),
                    o.leadRegionCode() == null ? null : regions.get(o.leadRegionCode()),
                    counties.get(o.headquartersCountyFips()),
                    o.serviceRegionCodes().stream().map(regions::get).toList(), null, now));
        }
        Map<String, Contract> byNumber = new HashMap<>();
        List<Contract> active = new ArrayList<>();
        for (DemoNetwork.Contract c : network.contracts()) {
            Contract contract = Contract.draft(c.number(), c.kind(), orgs.get(c.purchaserKey()), orgs.get(c.supplierKey()),
                    c.primeNumber() == null ? null : byNumber.get(c.primeNumber()),
                    new Period(today.plusDays(c.startOffsetDays()), today.plusDays(c.endOffsetDays())), c.fundingSource(),
                    c.budgetCeiling(), c.lines().stream().map(l -> new ServiceLine(l.serviceTypeCode(), l.unit(),
                            l.unitRate(), l.fundedCapacity(), Set.copyOf(l.countyFips()))).toList());
            c.targets().forEach(t -> contract.setTarget(t.indicator(), t.target(), t.direction(), "demo", now));
            contract.activate(active, today);
            active.add(contract);
            byNumber.put(c.number(), contract);
        }
        assertEquals(4, network.contracts().stream().filter(c -> c.kind() == ContractKind.PRIME).count());
        Set<String> suppliers = network.contracts().stream().map(DemoNetwork.Contract::supplierKey).collect(Collectors.toSet());
        network.organisations().stream().filter(o -> o.type().isProvider())
                .forEach(o -> assertTrue(suppliers.contains(o.key()), o.name() + " has no contract"));
        for (DemoNetwork.Offering o : network.offerings()) {
            assertTrue(active.stream().anyMatch(c -> c.covers(orgs.get(o.providerKey()), o.serviceTypeCode(),
                    o.locationCountyFips(), today)), o.name() + " is not covered");
        }
        long endingSoon = network.contracts().stream().filter(c -> c.endOffsetDays() <= 60).count();
        assertTrue(endingSoon > 0, "some contracts end within 60 days, so that the alerts show");
        assertTrue(network.offerings().stream().flatMap(o -> o.credentials().stream()).anyMatch(c -> c.expiresInDays() <= 60),
                "some credentials expire within 60 days");
        assertTrue(network.offerings().stream().allMatch(o -> o.languages().contains("en") && o.description() != null));
    }
}
