/* ============================================================
Description: workers.csv's optional agency columns (agency.md): the
             Social Work England number (the same person across staff
             numbers and agency references) and the terms of an agency
             assignment the DfE's agency rules are checked against.
             Run once (the journal), since SQLite has no
             "ADD COLUMN IF NOT EXISTS".
Version:     1
Status:      live
Dependencies: 0002
============================================================ */
ALTER TABLE worker_spells ADD COLUMN swe_number TEXT NULL;              -- e.g. SW123456, upper case
ALTER TABLE worker_spells ADD COLUMN agency_name TEXT NULL;
ALTER TABLE worker_spells ADD COLUMN agency_job_type TEXT NULL;         -- social_worker | senior_social_worker | advanced_practitioner | team_manager | iro_cp_chair; null: from the role
ALTER TABLE worker_spells ADD COLUMN hourly_rate REAL NULL;             -- pounds an hour, >= 0
ALTER TABLE worker_spells ADD COLUMN project_team TEXT NULL;            -- yes | no
ALTER TABLE worker_spells ADD COLUMN notice_weeks INTEGER NULL;         -- >= 0
ALTER TABLE worker_spells ADD COLUMN agency_references INTEGER NULL;    -- the extract's references column (REFERENCES is reserved in SQL)
ALTER TABLE worker_spells ADD COLUMN cap_breach_signed_off TEXT NULL;   -- yyyy-MM-dd
