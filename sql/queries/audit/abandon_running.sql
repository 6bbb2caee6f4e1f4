/* ============================================================
Purpose:    Marks runs left 'running' by a process that died (called while holding the import lock, so none is really running).
Grain:      every run still marked running
Parameters: @finishedAt
Metric ids: none (data state)
============================================================ */
UPDATE import_runs
SET    outcome     = 'abandoned',
       finished_at = @finishedAt
WHERE  outcome = 'running';

UPDATE import_files
SET    outcome = 'abandoned'
WHERE  outcome = 'running';
