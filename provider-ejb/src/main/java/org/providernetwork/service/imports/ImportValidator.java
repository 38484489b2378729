package org.providernetwork.service.imports;

import org.providernetwork.domain.capacity.OfferingCapacity;
import org.providernetwork.domain.network.AgeRange;
import org.providernetwork.domain.network.ContactDetails;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.Languages;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.service.imports.ImportLookups.CountyRef;
import org.providernetwork.service.imports.ImportLookups.ExistingOffering;
import org.providernetwork.service.imports.ImportLookups.ExistingOrganisation;
import org.providernetwork.service.imports.ImportPlan.CapacityDraft;
import org.providernetwork.service.imports.ImportPlan.OfferingDraft;
import org.providernetwork.service.imports.ImportPlan.OrganisationDraft;
import org.providernetwork.service.tenancy.TenantScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every row of an import file and resolves its references, without writing anything. The rules:
 * the columns a row kind uses (and no others), required values, known codes of reference data, whole
 * numbers in range, the domain's own rules (names, ages, contact details, languages, capacity figures),
 * no duplicates within the file or against the network, references to providers and offerings that
 * exist in the file or the network, and the caller's tenant scope ({@link #mayImport}).
 */
public final class ImportValidator {

    /** The most data rows one file may hold. */
    public static final int MAX_ROWS = 10_000;

    static final String RECORD = "record";
    static final String PROVIDER = "provider";
    static final String PROVIDER_ID = "provider_id";
    static final String TYPE = "type";
    static final String COUNTY = "county";
    static final String REGIONS = "regions";
    static final String ADDRESS = "address";
    static final String CITY = "city";
    static final String ZIP = "zip";
    static final String PHONE = "phone";
    static final String EMAIL = "email";
    static final String WEBSITE = "website";
    static final String OFFERING = "offering";
    static final String OFFERING_ID = "offering_id";
    static final String SERVICE_TYPE = "service_type";
    static final String SERVED_COUNTIES = "served_counties";
    static final String NEED_CODES = "need_codes";
    static final String MIN_AGE = "min_age";
    static final String MAX_AGE = "max_age";
    static final String GENDERS = "genders";
    static final String MAX_SIBLING_GROUP = "max_sibling_group";
    static final String OUT_OF_COUNTY = "out_of_county";
    static final String LANGUAGES = "languages";
    static final String DESCRIPTION = "description";
    static final String AVAILABLE = "available";
    static final String MAXIMUM = "maximum";
    static final String WAITLIST = "waitlist";

    /** Every column a file may have, in the order of the documented template. */
    public static final List<String> COLUMNS = List.of(RECORD, PROVIDER, PROVIDER_ID, TYPE, COUNTY, REGIONS, ADDRESS,
            CITY, ZIP, PHONE, EMAIL, WEBSITE, OFFERING, OFFERING_ID, SERVICE_TYPE, SERVED_COUNTIES, NEED_CODES, MIN_AGE,
            MAX_AGE, GENDERS, MAX_SIBLING_GROUP, OUT_OF_COUNTY, LANGUAGES, DESCRIPTION, AVAILABLE, MAXIMUM, WAITLIST);

    static final String KIND_ORGANISATION = "organisation";
    static final String KIND_OFFERING = "offering";
    static final String KIND_CAPACITY = "capacity";

    /** The columns each kind of row uses. */
    private static final Map<String, Set<String>> COLUMNS_OF = Map.of(
            KIND_ORGANISATION, Set.of(RECORD, PROVIDER, TYPE, COUNTY, REGIONS, ADDRESS, CITY, ZIP, PHONE, EMAIL, WEBSITE),
            KIND_OFFERING, Set.of(RECORD, PROVIDER, PROVIDER_ID, OFFERING, SERVICE_TYPE, COUNTY, SERVED_COUNTIES,
                    NEED_CODES, MIN_AGE, MAX_AGE, GENDERS, MAX_SIBLING_GROUP, OUT_OF_COUNTY, LANGUAGES, DESCRIPTION),
            KIND_CAPACITY, Set.of(RECORD, PROVIDER, PROVIDER_ID, OFFERING, OFFERING_ID, AVAILABLE, MAXIMUM, WAITLIST));

    /** Contact fields as the domain names them, and the columns they come from. */
    private static final Map<String, String> CONTACT_COLUMNS = Map.of("addressLine", ADDRESS, "city", CITY,
            "postalCode", ZIP, "phone", PHONE, "email", EMAIL, "website", WEBSITE);

    private final TenantScope scope;
    private final ImportLookups lookups;
    private final List<RowError> errors = new ArrayList<>();
    /** Offerings of the file whose own row is invalid: capacity rows naming them add no second error. */
    private final Set<String> invalidOfferings = new HashSet<>();

    private ImportValidator(TenantScope scope, ImportLookups lookups) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
    }

    /** One data row: its line and its values by column. */
    private record Row(int line, String kind, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }

        boolean has(String column) {
            return !get(column).isEmpty();
        }
    }

    /** A provider an offering or capacity row refers to: one of the network's, or one this file registers. */
    private record ProviderRef(Long id, String newKey, String name, OrganisationType type, Set<String> regionCodes) {

        String key() {
            return id != null ? "id:" + id : "new:" + newKey;
        }
    }

    /** Checks the file against reference data, the network as it stands and the caller's scope. */
    public static ImportPlan check(String text, TenantScope scope, ImportLookups lookups) {
        return new ImportValidator(scope, lookups).run(text);
    }

    /**
     * Whether the scope may import for a provider: the state for any; a regional lead for the local
     * providers working in its region; a provider for itself. The rule is the tenant scope's own.
     */
    static boolean mayImport(TenantScope scope, long providerId, OrganisationType type, Set<String> regionCodes) {
        return scope.includes(providerId, type, regionCodes);
    }

    private ImportPlan run(String text) {
        List<CsvRows.Row> records;
        try {
            records = CsvRows.read(text);
        } catch (CsvRows.FormatException e) {
            error(e.row(), "file", "", e.getMessage());
            return done(0, 0, 0, 0, List.of(), List.of(), List.of());
        }
        if (records.isEmpty()) {
            error(1, "file", "", "the file is empty; the first row names the columns (see the template)");
            return done(0, 0, 0, 0, List.of(), List.of(), List.of());
        }
        CsvRows.Row header = records.get(0);
        List<String> columns = header(header);
        if (!errors.isEmpty()) {
            return done(0, 0, 0, 0, List.of(), List.of(), List.of());
        }
        List<CsvRows.Row> data = records.subList(1, records.size());
        if (data.size() > MAX_ROWS) {
            error(header.number(), "file", Integer.toString(data.size()), "a file holds at most " + MAX_ROWS
                    + " rows; split it into several files");
            return done(data.size(), 0, 0, 0, List.of(), List.of(), List.of());
        }
        List<Row> rows = rows(columns, data);
        List<Row> organisationRows = rows.stream().filter(r -> KIND_ORGANISATION.equals(r.kind())).toList();
        List<Row> offeringRows = rows.stream().filter(r -> KIND_OFFERING.equals(r.kind())).toList();
        List<Row> capacityRows = rows.stream().filter(r -> KIND_CAPACITY.equals(r.kind())).toList();

        // what the file refers to in the network, looked up once
        Set<String> nameKeys = new HashSet<>();
        Set<Long> organisationIds = new HashSet<>();
        Set<Long> offeringIds = new HashSet<>();
        for (Row row : rows) {
            if (row.has(PROVIDER)) {
                nameKey(row.get(PROVIDER)).ifPresent(nameKeys::add);
            }
            if (row.has(PROVIDER_ID)) {
                id(row.get(PROVIDER_ID)).ifPresent(organisationIds::add);
            }
            if (KIND_CAPACITY.equals(row.kind()) && row.has(OFFERING_ID)) {
                id(row.get(OFFERING_ID)).ifPresent(offeringIds::add);
            }
        }
        Map<Long, ExistingOffering> offeringsById = offeringIds.isEmpty() ? Map.of() : lookups.offeringsById(offeringIds);
        offeringsById.values().forEach(o -> organisationIds.add(o.providerId()));
        Map<String, ExistingOrganisation> byKey = nameKeys.isEmpty() ? Map.of() : lookups.organisationsByNameKey(nameKeys);
        Map<Long, ExistingOrganisation> byId = new HashMap<>(organisationIds.isEmpty() ? Map.of()
                : lookups.organisationsById(organisationIds));
        byKey.values().forEach(o -> byId.putIfAbsent(o.id(), o));
        Map<String, ExistingOffering> existingOfferings = new HashMap<>();
        Set<Long> providerIds = new HashSet<>();
        byId.values().stream().filter(o -> o.type().isProvider()).forEach(o -> providerIds.add(o.id()));
        if (!providerIds.isEmpty() && (!offeringRows.isEmpty() || !capacityRows.isEmpty())) {
            for (ExistingOffering o : lookups.offeringsOf(providerIds)) {
                existingOfferings.putIfAbsent("id:" + o.providerId() + "|" + offeringKey(o.name()), o);
            }
        }

        Map<String, ProviderRef> newProviders = new LinkedHashMap<>();
        Map<String, Integer> organisationLines = new HashMap<>();
        List<OrganisationDraft> organisations = new ArrayList<>();
        for (Row row : organisationRows) {
            organisation(row, byKey, newProviders, organisationLines, organisations);
        }
        Map<String, Integer> offeringIndex = new HashMap<>();
        Map<String, Integer> offeringLines = new HashMap<>();
        List<OfferingDraft> offerings = new ArrayList<>();
        for (Row row : offeringRows) {
            offering(row, byKey, byId, newProviders, existingOfferings, offeringIndex, offeringLines, offerings);
        }
        Map<String, Integer> capacityLines = new HashMap<>();
        List<CapacityDraft> capacities = new ArrayList<>();
        for (Row row : capacityRows) {
            capacity(row, byKey, byId, newProviders, offeringsById, existingOfferings, offeringIndex, capacityLines,
                    capacities);
        }
        return done(rows.size(), organisationRows.size(), offeringRows.size(), capacityRows.size(), organisations,
                offerings, capacities);
    }

    private ImportPlan done(int rows, int organisations, int offerings, int capacities, List<OrganisationDraft> o,
                            List<OfferingDraft> s, List<CapacityDraft> c) {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::row).thenComparingInt(e -> columnOrder(e.column())));
        ImportReport report = new ImportReport(rows, organisations, offerings, capacities, sorted);
        return report.valid() ? new ImportPlan(report, o, s, c) : new ImportPlan(report, List.of(), List.of(), List.of());
    }

    private static int columnOrder(String column) {
        int i = COLUMNS.indexOf(column);
        return i < 0 ? -1 : i;
    }

    private List<String> header(CsvRows.Row header) {
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : header.fields()) {
            String column = raw.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            columns.add(column);
            if (column.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(column)) {
                error(header.number(), column, raw, "unknown column; the columns are " + String.join(", ", COLUMNS));
            } else if (!seen.add(column)) {
                error(header.number(), column, raw, "the column appears twice");
            }
        }
        if (!seen.contains(RECORD)) {
            error(header.number(), RECORD, "", "the first row names the columns, and one of them is 'record'"
                    + " (organisation, offering or capacity)");
        }
        return columns;
    }

    private List<Row> rows(List<String> columns, List<CsvRows.Row> data) {
        List<Row> rows = new ArrayList<>();
        for (CsvRows.Row record : data) {
            Map<String, String> values = new HashMap<>();
            List<String> fields = record.fields();
            for (int i = 0; i < fields.size(); i++) {
                String column = i < columns.size() ? columns.get(i) : "";
                if (column.isEmpty()) {
                    if (!fields.get(i).isBlank()) {
                        error(record.number(), "record", fields.get(i), "a value in column " + (i + 1)
                                + ", which has no header");
                    }
                    continue;
                }
                values.put(column, fields.get(i));
            }
            String kind = kind(values.getOrDefault(RECORD, ""));
            if (kind == null) {
                error(record.number(), RECORD, values.getOrDefault(RECORD, ""),
                        "say what the row is: organisation, offering or capacity");
                continue;
            }
            Row row = new Row(record.number(), kind, values);
            for (String column : values.keySet()) {
                if (!COLUMNS_OF.get(kind).contains(column) && row.has(column)) {
                    error(row.line(), column, row.get(column), "not used on " + kind + " rows; leave it empty");
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static String kind(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "organisation", "organization", "provider" -> KIND_ORGANISATION;
            case "offering", "service", "service_offering" -> KIND_OFFERING;
            case "capacity" -> KIND_CAPACITY;
            default -> null;
        };
    }

    // ---- organisations

    private void organisation(Row row, Map<String, ExistingOrganisation> byKey, Map<String, ProviderRef> newProviders,
                              Map<String, Integer> lines, List<OrganisationDraft> drafts) {
        int errorsBefore = errors.size();
        String name = row.get(PROVIDER);
        String key = null;
        if (name.isEmpty()) {
            error(row, PROVIDER, "the organisation's name is required");
        } else {
            try {
                key = Organisation.nameKey(name);
            } catch (InvalidInputException e) {
                error(row, PROVIDER, e.getMessage());
            }
        }
        OrganisationType type = null;
        if (!row.has(TYPE)) {
            error(row, TYPE, "the type is required: LOCAL_PROVIDER or STATEWIDE_PROVIDER");
        } else {
            type = organisationType(row.get(TYPE));
            if (type == null || !type.isProvider()) {
                error(row, TYPE, "an import registers providers: LOCAL_PROVIDER or STATEWIDE_PROVIDER");
                type = null;
            }
        }
        CountyRef hq = county(row, COUNTY, true);
        Set<String> regions = new LinkedHashSet<>();
        for (String code : list(row.get(REGIONS))) {
            String c = code.toUpperCase(Locale.ROOT);
            if (lookups.regionExists(c)) {
                regions.add(c);
            } else {
                error(row, REGIONS, code, "unknown region code");
            }
        }
        if (regions.isEmpty() && hq != null && hq.regionCode() != null && !row.has(REGIONS)) {
            regions.add(hq.regionCode());
        }
        ContactDetails contact = null;
        try {
            contact = new ContactDetails(row.get(ADDRESS), row.get(CITY), row.get(ZIP), row.get(PHONE), row.get(EMAIL),
                    row.get(WEBSITE));
        } catch (InvalidInputException e) {
            String column = CONTACT_COLUMNS.getOrDefault(e.field(), ADDRESS);
            error(row, column, e.getMessage());
        }
        if (key != null) {
            Integer earlier = lines.putIfAbsent(key, row.line());
            if (earlier != null) {
                error(row, PROVIDER, "the organisation appears twice in the file (also row " + earlier + ")");
            } else if (byKey.containsKey(key)) {
                error(row, PROVIDER, "an organisation of this name already exists (id " + byKey.get(key).id()
                        + "); refer to it from offering rows instead of registering it again");
            } else {
                newProviders.put(key, new ProviderRef(null, key, name.trim(), type, regions));
            }
        }
        if (!scope.registersOrganisations()) {
            error(row, RECORD, "only state staff and regional leads register organisations");
        } else if (type != null && !scope.registers(type, regions)) {
            error(row, type != OrganisationType.LOCAL_PROVIDER ? TYPE : REGIONS,
                    "a regional lead registers local providers of its own region (" + scope.regionCode() + ") only");
        }
        if (errors.size() == errorsBefore) {
            drafts.add(new OrganisationDraft(row.line(), name.trim(), key, type, hq.fips(), List.copyOf(regions),
                    contact.getAddressLine(), contact.getCity(), contact.getPostalCode(), contact.getPhone(),
                    contact.getEmail(), contact.getWebsite()));
        }
    }

    private static OrganisationType organisationType(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return switch (v) {
            case "LOCAL", "LOCAL_PROVIDER" -> OrganisationType.LOCAL_PROVIDER;
            case "STATEWIDE", "STATEWIDE_PROVIDER" -> OrganisationType.STATEWIDE_PROVIDER;
            default -> OrganisationType.parse(v);
        };
    }

    // ---- offerings

    private void offering(Row row, Map<String, ExistingOrganisation> byKey, Map<Long, ExistingOrganisation> byId,
                          Map<String, ProviderRef> newProviders, Map<String, ExistingOffering> existingOfferings,
                          Map<String, Integer> index, Map<String, Integer> lines, List<OfferingDraft> drafts) {
        int errorsBefore = errors.size();
        ProviderRef provider = provider(row, byKey, byId, newProviders);
        String name = row.get(OFFERING);
        if (name.isEmpty()) {
            error(row, OFFERING, "the offering's name is required");
        } else if (name.length() > 200) {
            error(row, OFFERING, "an offering's name has at most 200 characters");
        }
        if (row.get(DESCRIPTION).length() > 1000) {
            error(row, DESCRIPTION, "the description has at most 1,000 characters");
        }
        String serviceType = row.get(SERVICE_TYPE).toUpperCase(Locale.ROOT);
        if (serviceType.isEmpty()) {
            error(row, SERVICE_TYPE, "the service type code is required (such as FOSTER or IN-HOME)");
        } else if (!lookups.serviceTypeExists(serviceType)) {
            error(row, SERVICE_TYPE, "unknown service type code");
        }
        CountyRef location = county(row, COUNTY, true);
        if (location != null && !scope.locatesOfferingsIn(location.regionCode())) {
            error(row, COUNTY, "outside your region (" + scope.regionCode() + "): " + location.name()
                    + " is in " + location.regionCode());
        }
        List<String> served = new ArrayList<>();
        for (String value : list(row.get(SERVED_COUNTIES))) {
            CountyRef county = county(row, SERVED_COUNTIES, value);
            if (county != null && !served.contains(county.fips())) {
                served.add(county.fips());
            }
        }
        List<String> needs = new ArrayList<>();
        for (String value : list(row.get(NEED_CODES))) {
            String code = value.toUpperCase(Locale.ROOT);
            if (!lookups.needCodeExists(code)) {
                error(row, NEED_CODES, value, "unknown need code");
            } else if (!needs.contains(code)) {
                needs.add(code);
            }
        }
        Integer minAge = integer(row, MIN_AGE, null, 0, AgeRange.OLDEST);
        Integer maxAge = integer(row, MAX_AGE, null, 0, AgeRange.OLDEST);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            error(row, MAX_AGE, "the oldest age served is below the youngest (" + minAge + ")");
        }
        GendersServed genders = GendersServed.ANY;
        if (row.has(GENDERS)) {
            try {
                genders = GendersServed.valueOf(row.get(GENDERS).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(row, GENDERS, "ANY, FEMALE or MALE");
            }
        }
        Integer siblings = integer(row, MAX_SIBLING_GROUP, 1, 1, 12);
        Boolean outOfCounty = yesNo(row, OUT_OF_COUNTY);
        List<String> languages = List.of("en");
        if (row.has(LANGUAGES)) {
            try {
                languages = List.copyOf(Languages.check(list(row.get(LANGUAGES))));
            } catch (InvalidInputException e) {
                error(row, LANGUAGES, e.getMessage());
            }
        }
        if (provider != null && !name.isEmpty()) {
            String key = provider.key() + "|" + offeringKey(name);
            Integer earlier = lines.putIfAbsent(key, row.line());
            if (earlier != null) {
                error(row, OFFERING, "the offering appears twice for this provider (also row " + earlier + ")");
            } else if (existingOfferings.containsKey(key)) {
                error(row, OFFERING, "the provider already has an offering of this name (id "
                        + existingOfferings.get(key).id() + ")");
            } else if (errors.size() != errorsBefore) {
                invalidOfferings.add(key);
            } else {
                index.put(key, drafts.size());
                drafts.add(new OfferingDraft(row.line(), provider.id(), provider.newKey(), name.trim(), serviceType,
                        location.fips(), served, needs, minAge, maxAge, genders, siblings, outOfCounty, languages,
                        row.has(DESCRIPTION) ? row.get(DESCRIPTION) : null));
            }
        }
    }

    // ---- capacity

    private void capacity(Row row, Map<String, ExistingOrganisation> byKey, Map<Long, ExistingOrganisation> byId,
                          Map<String, ProviderRef> newProviders, Map<Long, ExistingOffering> offeringsById,
                          Map<String, ExistingOffering> existingOfferings, Map<String, Integer> index,
                          Map<String, Integer> lines, List<CapacityDraft> drafts) {
        int errorsBefore = errors.size();
        Long offeringId = null;
        Integer offeringIndex = null;
        if (row.has(OFFERING_ID)) {
            ExistingOffering offering = id(row.get(OFFERING_ID)).map(offeringsById::get).orElse(null);
            if (offering == null) {
                error(row, OFFERING_ID, "no offering has this id");
            } else {
                ExistingOrganisation owner = byId.get(offering.providerId());
                if (owner == null || !mayImport(scope, owner.id(), owner.type(), owner.regionCodes())) {
                    error(row, OFFERING_ID, "outside what you may import for: the offering is not one of your providers'");
                } else {
                    offeringId = offering.id();
                }
            }
        } else {
            ProviderRef provider = provider(row, byKey, byId, newProviders);
            String name = row.get(OFFERING);
            if (name.isEmpty()) {
                error(row, OFFERING, "name the offering (offering, with its provider) or give its id (offering_id)");
            } else if (provider != null) {
                String key = provider.key() + "|" + offeringKey(name);
                if (index.containsKey(key)) {
                    offeringIndex = index.get(key);
                } else if (existingOfferings.containsKey(key)) {
                    offeringId = existingOfferings.get(key).id();
                } else if (invalidOfferings.contains(key)) {
                    return; // the offering's own row is invalid and already reported
                } else {
                    error(row, OFFERING, "the provider has no offering of this name, in the file or in the network");
                }
            }
        }
        Integer available = integer(row, AVAILABLE, null, 0, OfferingCapacity.LARGEST);
        Integer maximum = integer(row, MAXIMUM, null, 0, OfferingCapacity.LARGEST);
        Integer waitlist = integer(row, WAITLIST, 0, 0, OfferingCapacity.LARGEST);
        if (available != null && maximum != null && waitlist != null) {
            try {
                new OfferingCapacity(0L, available, maximum, "import", Instant.EPOCH);
            } catch (InvalidInputException e) {
                error(row, AVAILABLE.equals(e.field()) || MAXIMUM.equals(e.field()) ? e.field() : AVAILABLE, e.getMessage());
            }
        }
        if (offeringId == null && offeringIndex == null) {
            return;
        }
        String target = offeringId != null ? "id:" + offeringId : "row:" + offeringIndex;
        Integer earlier = lines.putIfAbsent(target, row.line());
        if (earlier != null) {
            error(row, offeringId != null && row.has(OFFERING_ID) ? OFFERING_ID : OFFERING,
                    "the offering's capacity is given twice (also row " + earlier + ")");
        } else if (errors.size() == errorsBefore) {
            drafts.add(new CapacityDraft(row.line(), offeringId, offeringIndex == null ? -1 : offeringIndex,
                    available, maximum, waitlist));
        }
    }

    // ---- references

    private ProviderRef provider(Row row, Map<String, ExistingOrganisation> byKey, Map<Long, ExistingOrganisation> byId,
                                 Map<String, ProviderRef> newProviders) {
        ProviderRef ref;
        String column;
        if (row.has(PROVIDER_ID)) {
            column = PROVIDER_ID;
            ExistingOrganisation org = id(row.get(PROVIDER_ID)).map(byId::get).orElse(null);
            if (org == null) {
                error(row, PROVIDER_ID, "no organisation has this id");
                return null;
            }
            if (row.has(PROVIDER) && !nameKey(row.get(PROVIDER)).map(k -> k.equals(Organisation.nameKey(org.name())))
                    .orElse(false)) {
                error(row, PROVIDER, "organisation " + org.id() + " is named '" + org.name() + "'");
                return null;
            }
            ref = new ProviderRef(org.id(), null, org.name(), org.type(), org.regionCodes());
        } else if (row.has(PROVIDER)) {
            column = PROVIDER;
            String key = nameKey(row.get(PROVIDER)).orElse(null);
            if (key == null) {
                error(row, PROVIDER, "not an organisation name");
                return null;
            }
            ProviderRef inFile = newProviders.get(key);
            ExistingOrganisation org = byKey.get(key);
            if (inFile != null) {
                ref = inFile;
            } else if (org != null) {
                ref = new ProviderRef(org.id(), null, org.name(), org.type(), org.regionCodes());
            } else {
                error(row, PROVIDER, "unknown provider: no organisation of this name in the file or in the network");
                return null;
            }
        } else {
            error(row, PROVIDER, "name the provider (provider) or give its id (provider_id)");
            return null;
        }
        if (ref.type() != null && !ref.type().isProvider()) {
            error(row, column, ref.name() + " is not a provider (" + ref.type().getLabel().toLowerCase(Locale.ROOT) + ")");
            return null;
        }
        boolean allowed = ref.id() != null
                ? mayImport(scope, ref.id(), ref.type(), ref.regionCodes())
                : scope.registersOrganisations();
        if (!allowed) {
            error(row, column, "outside what you may import for: " + ref.name() + " is not " + scope.importsFor());
            return null;
        }
        return ref;
    }

    private CountyRef county(Row row, String column, boolean required) {
        if (!row.has(column)) {
            if (required) {
                error(row, column, "the county is required (five-digit FIPS code or county name)");
            }
            return null;
        }
        return county(row, column, row.get(column));
    }

    private CountyRef county(Row row, String column, String value) {
        CountyRef county = lookups.county(value).orElse(null);
        if (county == null) {
            error(row, column, value, "unknown county: give its five-digit FIPS code (such as 28081) or its name");
        }
        return county;
    }

    private Integer integer(Row row, String column, Integer byDefault, int min, int max) {
        if (!row.has(column)) {
            if (byDefault == null) {
                error(row, column, "required: a whole number from " + min + " to " + max);
            }
            return byDefault;
        }
        String value = row.get(column).replaceAll("\\.0+$", "");
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                error(row, column, "a whole number from " + min + " to " + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(row, column, "not a whole number");
            return null;
        }
    }

    private Boolean yesNo(Row row, String column) {
        String v = row.get(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "no", "n", "false", "0" -> false;
            case "yes", "y", "true", "1" -> true;
            default -> {
                error(row, column, "yes or no");
                yield false;
            }
        };
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                items.add(part.trim());
            }
        }
        return items;
    }

    private static Optional<String> nameKey(String name) {
        try {
            return Optional.of(Organisation.nameKey(name));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    static String offeringKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void error(Row row, String column, String message) {
        error(row.line(), column, row.get(column), message);
    }

    private void error(Row row, String column, String value, String message) {
        error(row.line(), column, value, message);
    }

    private void error(int row, String column, String value, String message) {
        errors.add(new RowError(row, column, value == null ? "" : value, message));
    }
}
