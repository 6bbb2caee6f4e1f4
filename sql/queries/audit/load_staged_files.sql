/* ============================================================
Purpose:    Marks a run's staged files loaded, in the transaction that
            swaps their rows in (a run killed before it leaves them
            staged, so the next import loads those files again).
Grain:      the run's files staged for the swap
Parameters: @runId, @loaded, @staged
Metric ids: none (import audit)
============================================================ */
UPDATE import_files
SET    outcome     = @loaded,
       rows_loaded = rows_read,
       message     = NULL
WHERE  run_id  = @runId
  AND  outcome = @staged;
