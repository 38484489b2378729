-- Outcome extract format 2 (docs/outcome-data.md): the state's own child id and the county the child was removed
-- from on each child, and the report id and disposition on each maltreatment report, so that a re-import finds
-- the child and the report it updates. Children imported before keep their key; their state id is the extract's id.

ALTER TABLE outcome_child ADD COLUMN state_child_id VARCHAR(40) NULL;
ALTER TABLE outcome_child ADD COLUMN removal_county_fips CHAR(5) NULL;
UPDATE outcome_child SET state_child_id = SUBSTRING(child_key, 8) WHERE source = 'AFCARS' AND CHAR_LENGTH(child_key) <= 47;
CREATE UNIQUE INDEX uk_outcome_child_state_id ON outcome_child (state_child_id);
ALTER TABLE outcome_child ADD CONSTRAINT fk_outchild_removal_county FOREIGN KEY (removal_county_fips) REFERENCES county (fips);

ALTER TABLE outcome_maltreatment ADD COLUMN report_id VARCHAR(40) NULL;
ALTER TABLE outcome_maltreatment ADD COLUMN disposition VARCHAR(20) NULL;
ALTER TABLE outcome_maltreatment ADD CONSTRAINT ck_outmal_disposition
    CHECK (disposition IS NULL OR disposition IN ('SUBSTANTIATED', 'INDICATED', 'NOT_SUBSTANTIATED'));
CREATE UNIQUE INDEX uk_outcome_maltreatment_report ON outcome_maltreatment (child_id, report_id);
