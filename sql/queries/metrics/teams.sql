/* ============================================================
Purpose:    Teams, for grouping every metric by service area, team and locality.
Grain:      one row per team
Parameters: none
Metric ids: all (breakdowns)
============================================================ */
SELECT team_code,
       team_name,
       service_area,
       locality
FROM   teams
