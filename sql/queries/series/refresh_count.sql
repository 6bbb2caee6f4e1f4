/* ============================================================
Purpose:    How many refreshes of the stored series have run (a change means the data changed).
Grain:      one row
Parameters: none
Metric ids: none (series refresh)
============================================================ */
SELECT COUNT(*) AS refreshes
FROM   metric_refreshes;
