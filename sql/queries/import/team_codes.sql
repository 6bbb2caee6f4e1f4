/* ============================================================
Purpose:    Team codes already in the database, to check references of a file
            imported without a new teams.csv in the same run.
Grain:      one row per team
Parameters: none
Metric ids: none (import reference check)
============================================================ */
SELECT team_code
FROM   teams
