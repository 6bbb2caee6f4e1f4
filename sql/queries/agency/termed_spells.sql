/* ============================================================
Purpose:    Every social-worker spell with its agency columns: the
            agency assignments, and the employed spells the cool-off
            rule looks back over (agency.md).
Grain:      one row per spell
Parameters: none
Metric ids: none (the agency register and return)
============================================================ */
SELECT worker_id,
       team_code,
       role,
       employment_type,
       fte,
       start_date,
       end_date,
       qualified_date,
       swe_number,
       agency_name,
       agency_job_type,
       hourly_rate,
       project_team,
       notice_weeks,
       agency_references,
       cap_breach_signed_off
FROM   worker_spells
WHERE  role <> 'adult_practitioner'
