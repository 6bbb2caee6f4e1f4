/* ============================================================
Purpose:    The files of one import run, in the order they were imported.
Grain:      one row per file of the run
Parameters: @runId
Metric ids: none (import audit)
============================================================ */
SELECT   file_id,
         run_id,
         extract_kind,
         file_name,
         outcome,
         rows_read,
         rows_loaded,
         rows_rejected,
         error_count,
         warning_count,
         message,
         started_at,
         finished_at
FROM     import_files
WHERE    run_id = @runId
ORDER BY file_id;
