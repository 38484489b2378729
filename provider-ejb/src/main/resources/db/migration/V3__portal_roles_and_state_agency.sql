-- The portal's roles (their names are the security layer's role names) and the state agency itself.
INSERT INTO portal_role (code, name, description) VALUES ('state-staff', 'State resource staff', 'Manages contracts, the provider network and statewide dashboards');
INSERT INTO portal_role (code, name, description) VALUES ('regional-lead', 'Regional lead', 'Tracks capacity and routes referrals in a lead contractor''s region');
INSERT INTO portal_role (code, name, description) VALUES ('provider-admin', 'Provider administrator', 'Keeps a provider''s profile, offerings and capacity current');
INSERT INTO portal_role (code, name, description) VALUES ('provider-staff', 'Provider staff', 'Works a provider''s referral inbox and reports outcomes');
INSERT INTO portal_role (code, name, description) VALUES ('cqi-reviewer', 'CQI reviewer', 'Runs case reviews and improvement plans');
INSERT INTO portal_role (code, name, description) VALUES ('auditor', 'Auditor', 'Reads the audit trail');

INSERT INTO organisation (id, name, name_key, org_type, region_id, hq_county_fips, active, created_at, updated_at, version)
VALUES (1, '${state_agency_name}', LOWER('${state_agency_name}'), 'STATE_AGENCY', NULL, NULL, TRUE,
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1);
