package org.providernetwork.api.fhir;

/** The code systems, identifier systems and extensions this server defines, all under one base address. */
final class FhirCodes {

    static final String BASE = "http://providernetwork.org/fhir";

    /** Referral numbers (ServiceRequest.identifier). */
    static final String REFERRAL_NUMBER = BASE + "/sid/referral-number";
    /** The service taxonomy (ServiceRequest.code, HealthcareService.type). */
    static final String SERVICE_TYPE = BASE + "/CodeSystem/service-type";
    /** County FIPS codes (ServiceRequest.locationCode, HealthcareService coverage). */
    static final String COUNTY = BASE + "/CodeSystem/county-fips";
    /** Domains of the strengths-and-needs assessment (Observation.code, valueInteger 0-3). */
    static final String NEED_DOMAIN = BASE + "/CodeSystem/need-domain";
    /** Need codes of specialised populations (Condition.code). */
    static final String NEED = BASE + "/CodeSystem/need";
    /** Why a provider declines (Task.statusReason). */
    static final String DECLINE_REASON = BASE + "/CodeSystem/decline-reason";
    /** Why a child leaves care (Task.output of type discharge-reason). */
    static final String DISCHARGE_REASON = BASE + "/CodeSystem/discharge-reason";
    /** Where a child lives (Task.output of type placement): the domain's placement settings. */
    static final String PLACEMENT_SETTING = BASE + "/CodeSystem/placement-setting";
    /** Types of Task.output: discharge-reason, outcome-note, placement. */
    static final String TASK_OUTPUT = BASE + "/CodeSystem/task-output";
    /** Finer referral and offer states (Task.businessStatus). */
    static final String BUSINESS_STATUS = BASE + "/CodeSystem/business-status";
    /** Organisation types. */
    static final String ORGANISATION_TYPE = BASE + "/CodeSystem/organisation-type";
    /** Standard task codes of FHIR R4. */
    static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";

    static final String EXT_RISK = BASE + "/StructureDefinition/risk";
    static final String EXT_SCHOOL_COUNTY = BASE + "/StructureDefinition/school-county";
    static final String EXT_ALLOW_SPLIT = BASE + "/StructureDefinition/allow-split";
    static final String EXT_STAY_IN_HOME_COUNTY = BASE + "/StructureDefinition/stay-in-home-county";
    static final String EXT_KIN_FIRST = BASE + "/StructureDefinition/kin-first";
    static final String EXT_AGE = BASE + "/StructureDefinition/age";
    static final String EXT_ESCALATED = BASE + "/StructureDefinition/escalated";
    /** HSDS 3.1 service_capacity: sub-extensions available, maximum, waitlist, funded, updated. */
    static final String EXT_SERVICE_CAPACITY = BASE + "/StructureDefinition/service-capacity";
    static final String EXT_LOCATION_COUNTY = BASE + "/StructureDefinition/location-county";
    static final String EXT_AGE_RANGE = BASE + "/StructureDefinition/age-range";
    /** When a placement (Task.output of type placement) began and, once over, ended (valuePeriod of dates). */
    static final String EXT_PLACEMENT_PERIOD = BASE + "/StructureDefinition/placement-period";

    private FhirCodes() {
    }
}
