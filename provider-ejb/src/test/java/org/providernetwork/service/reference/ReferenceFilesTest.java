package org.providernetwork.service.reference;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.demo.DemoNetwork;
import org.providernetwork.domain.demo.DemoNetworkGenerator;
import org.providernetwork.domain.network.OrganisationType;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceFilesTest {

    @Test
    void everyMississippiCountyBelongsToExactlyOneShippedRegion() throws Exception {
        ReferenceFiles files = ReferenceFiles.load();
        assertEquals(82, files.counties().size());
        assertEquals(82, files.counties().stream().map(ReferenceFiles.CountyRow::fips).distinct().count());
        assertTrue(files.counties().stream().allMatch(c -> c.fips().startsWith("28")));
        Set<String> regions = files.regions().stream().map(ReferenceFiles.RegionRow::code).collect(Collectors.toSet());
        assertEquals(7, regions.size());
        Set<String> used = new HashSet<>();
        files.counties().forEach(c -> {
            assertTrue(regions.contains(c.regionCode()), c.toString());
            used.add(c.regionCode());
        });
        assertEquals(regions, used, "every region has counties");
    }

    @Test
    void theTaxonomyHoldsTheServicesOfTheSourcesAndNeedCodes() throws Exception {
        ReferenceFiles files = ReferenceFiles.load();
        Set<String> codes = files.serviceTypes().stream().map(ReferenceFiles.ServiceTypeRow::code).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("ASMT", "EMRG-SHELTER", "IN-HOME", "FAM-PRES", "REUNIF", "FOSTER",
                "THER-FOSTER", "KINSHIP", "RESPITE", "ADOPTION", "IND-LIVING", "SO-TREAT", "AOD-TREAT", "PRTF",
                "GROUP-HOME", "MED-FRAGILE", "DUAL-DX")), codes.toString());
        Set<String> needs = files.needs().stream().map(ReferenceFiles.NeedRow::code).collect(Collectors.toSet());
        assertTrue(needs.containsAll(Set.of("DEV-DISABILITY", "MED-FRAGILE", "SEXUAL-BEHAVIOUR", "SUBSTANCE-USE",
                "DUAL-DIAGNOSIS", "MENTAL-HEALTH")), needs.toString());
    }

    @Test
    void theDefaultDemoNetworkHasTheSizeTheEmbeddedDefaultPromises() throws Exception {
        DemoNetwork network = new DemoNetworkGenerator(ReferenceFiles.load().toDemoReference()).generate(100, 20261125L);
        long providers = network.count(OrganisationType.LOCAL_PROVIDER) + network.count(OrganisationType.STATEWIDE_PROVIDER);
        assertEquals(100, providers);
        assertEquals(7, network.count(OrganisationType.LEAD_CONTRACTOR));
        assertTrue(network.count(OrganisationType.STATEWIDE_PROVIDER) >= 3);
        assertTrue(network.offerings().size() >= 300, "offerings: " + network.offerings().size());
        long countiesWithOfferings = network.offerings().stream().map(DemoNetwork.Offering::locationCountyFips).distinct().count();
        assertTrue(countiesWithOfferings >= 60, "offerings located in " + countiesWithOfferings + " counties");
    }

    @Test
    void theChecksumFollowsTheFiles() throws Exception {
        assertEquals(ReferenceFiles.checksum(), ReferenceFiles.checksum());
    }
}
