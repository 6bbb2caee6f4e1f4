/* ============================================================
Purpose:    Marks runs left 'running' by a process that died (called while holding the import lock, so none is really running),
            and their files: the one being read ('running') and those staged for a swap that never committed ('staged').
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
WHERE  outcome IN ('running', 'staged');
