package org.providernetwork.service.reference;

import org.providernetwork.domain.demo.DemoReference;
import org.providernetwork.domain.reference.CountyFips;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The reference files shipped under {@code reference/} on the classpath. Lines starting with {@code #}
 * are comments; the first other line is the header. Fields are separated by commas, and the last field
 * may itself contain commas. Loading checks the files against each other (every county in exactly one
 * known region, no duplicate codes) so that a bad replacement file fails loudly at migration time.
 */
public record ReferenceFiles(List<RegionRow> regions, List<CountyRow> counties, List<ServiceTypeRow> serviceTypes,
                             List<NeedRow> needs) {

    static final List<String> FILES = List.of("regions.csv", "counties.csv", "county-regions.csv",
            "service-types.csv", "need-codes.csv");

    public record RegionRow(String code, String name) {
    }

    public record CountyRow(String fips, String name, String latitude, String longitude, String regionCode) {
    }

    public record ServiceTypeRow(String code, String name, String category, boolean statewide, boolean placement,
                                 String description) {
    }

    public record NeedRow(String code, String name, String description) {
    }

    public static ReferenceFiles load() throws IOException {
        List<RegionRow> regions = new ArrayList<>();
        Set<String> regionCodes = new HashSet<>();
        for (String[] row : rows("regions.csv", 2)) {
            if (!regionCodes.add(row[0])) {
                throw new IllegalStateException("regions.csv: duplicate region code " + row[0]);
            }
            regions.add(new RegionRow(row[0], row[1]));
        }
        Map<String, String> regionOf = new HashMap<>();
        for (String[] row : rows("county-regions.csv", 2)) {
            CountyFips.of(row[0]);
            if (!regionCodes.contains(row[1])) {
                throw new IllegalStateException("county-regions.csv: county " + row[0] + " names unknown region " + row[1]);
            }
            if (regionOf.put(row[0], row[1]) != null) {
                throw new IllegalStateException("county-regions.csv: county " + row[0] + " is assigned twice");
            }
        }
        List<CountyRow> counties = new ArrayList<>();
        for (String[] row : rows("counties.csv", 4)) {
            String fips = CountyFips.of(row[0]).value();
            String region = regionOf.remove(fips);
            if (region == null) {
                throw new IllegalStateException("county-regions.csv: county " + fips + " (" + row[1] + ") has no region");
            }
            counties.add(new CountyRow(fips, row[1], row[2], row[3], region));
        }
        if (!regionOf.isEmpty()) {
            throw new IllegalStateException("county-regions.csv: unknown counties " + regionOf.keySet());
        }
        List<ServiceTypeRow> types = new ArrayList<>();
        Set<String> typeCodes = new HashSet<>();
        for (String[] row : rows("service-types.csv", 6)) {
            if (!typeCodes.add(row[0])) {
                throw new IllegalStateException("service-types.csv: duplicate code " + row[0]);
            }
            types.add(new ServiceTypeRow(row[0], row[1], row[2], bool(row[3]), bool(row[4]), row[5]));
        }
        List<NeedRow> needs = new ArrayList<>();
        Set<String> needCodes = new HashSet<>();
        for (String[] row : rows("need-codes.csv", 3)) {
            if (!needCodes.add(row[0])) {
                throw new IllegalStateException("need-codes.csv: duplicate code " + row[0]);
            }
            needs.add(new NeedRow(row[0], row[1], row[2]));
        }
        return new ReferenceFiles(List.copyOf(regions), List.copyOf(counties), List.copyOf(types), List.copyOf(needs));
    }

    /** The same reference, as the plain values the demo generator takes. */
    public DemoReference toDemoReference() {
        return new DemoReference(
                regions.stream().map(r -> new DemoReference.RegionRef(r.code(), r.name())).toList(),
                counties.stream().map(c -> new DemoReference.CountyRef(c.fips(), c.name(), c.regionCode(),
                        Double.parseDouble(c.latitude()), Double.parseDouble(c.longitude()))).toList(),
                serviceTypes.stream().map(t -> new DemoReference.ServiceTypeRef(t.code(), t.name(), t.statewide(),
                        t.placement())).toList(),
                needs.stream().map(NeedRow::code).toList());
    }

    /** A checksum over all reference files, so that a changed file is noticed by the migration history. */
    public static int checksum() throws IOException {
        CRC32 crc = new CRC32();
        for (String file : FILES) {
            crc.update(read(file));
        }
        return (int) crc.getValue();
    }

    private static boolean bool(String value) {
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new IllegalStateException("expected true or false, was " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = ReferenceFiles.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IOException("reference file reference/" + file + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    private static List<String[]> rows(String file, int columns) throws IOException {
        String text = new String(read(file), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] fields = line.split(",", columns);
            if (fields.length != columns) {
                throw new IllegalStateException(file + " line " + lineNo + ": expected " + columns + " fields");
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].trim();
            }
            rows.add(fields);
        }
        return rows;
    }
}
