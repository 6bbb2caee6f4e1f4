/* ============================================================
Purpose:    Import runs, newest first (the caller takes as many as it shows).
Grain:      one row per import run
Parameters: none
Metric ids: none (import audit)
============================================================ */
SELECT   run_id,
         source_folder,
         triggered_by,
         started_at,
         finished_at,
         outcome
FROM     import_runs
ORDER BY run_id DESC;
