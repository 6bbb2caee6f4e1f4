/* ============================================================
Purpose:    Funded FTE per team and role, for vacancies.
Grain:      one row per team and role
Parameters: none
Metric ids: WF-VAC-FTE, WF-VAC-RATE
============================================================ */
SELECT team_code,
       role,
       establishment_fte
FROM   establishment
