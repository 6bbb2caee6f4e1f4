/* ============================================================
Purpose:    What the stored results were computed from (empty before the first refresh that records it).
Grain:      one row per part
Parameters: none
Metric ids: all (stored results)
============================================================ */
SELECT part AS Part, value AS Value
FROM   series_basis;
