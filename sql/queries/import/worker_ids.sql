/* ============================================================
Purpose:    Worker ids already in the database, to check references of a file
            imported without a new workers.csv in the same run.
Grain:      one row per worker
Parameters: none
Metric ids: none (import reference check)
============================================================ */
SELECT DISTINCT worker_id
FROM   worker_spells
