/**
 * The directory exported as Open Referral HSDS 3.1 JSON: organisations, their offerings as services (with
 * capacity, locations, service areas, languages and taxonomy attributes), within the caller's tenant scope.
 */
package org.providernetwork.service.export;
