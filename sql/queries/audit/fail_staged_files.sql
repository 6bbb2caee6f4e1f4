/* ============================================================
Purpose:    Marks a run's staged files failed when its swap failed (none
            of their rows was loaded).
Grain:      the run's files staged for the swap
Parameters: @runId, @failed, @staged, @message
Metric ids: none (import audit)
============================================================ */
UPDATE import_files
SET    outcome = @failed,
       message = @message
WHERE  run_id  = @runId
  AND  outcome = @staged;
