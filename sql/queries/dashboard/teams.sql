/* ============================================================
Purpose:    Teams for the service area and team filters.
Grain:      one row per team
Parameters: none
Metric ids: none (filters)
============================================================ */
SELECT team_code,
       team_name,
       service_area,
       locality
FROM   teams
ORDER BY service_area, team_name
