/**
 * The FHIR R4 boundary at {@code /fhir}: referrals as ServiceRequest and Task (after the HL7 Gravity SDOH
 * clinical-care guide), offerings as HealthcareService with their capacity, providers and leads as
 * Organization. A plain FHIR server whose resource providers map resources onto the same services the JSON
 * API calls; docs/fhir.md describes the mappings.
 */
package org.providernetwork.api.fhir;
