/* ============================================================
Purpose:    Records the start of an import run and returns its new id (RETURNING: never another run's id).
Grain:      one new row
Parameters: @sourceFolder, @triggeredBy, @startedAt, @outcome
Metric ids: none (import audit)
============================================================ */
INSERT INTO import_runs (source_folder, triggered_by, started_at, outcome)
VALUES (@sourceFolder, @triggeredBy, @startedAt, @outcome)
RETURNING run_id;
