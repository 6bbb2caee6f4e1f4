/* ============================================================
Purpose:    Records how an import run ended.
Grain:      one row updated
Parameters: @runId, @outcome, @finishedAt
Metric ids: none (import audit)
============================================================ */
UPDATE import_runs
SET    finished_at = @finishedAt,
       outcome     = @outcome
WHERE  run_id = @runId;
