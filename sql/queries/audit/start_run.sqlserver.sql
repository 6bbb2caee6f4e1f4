/* ============================================================
Purpose:    Records the start of an import run and returns its new id (OUTPUT INSERTED: never another run's id).
Grain:      one new row
Parameters: @sourceFolder, @triggeredBy, @startedAt, @outcome
Metric ids: none (import audit)
============================================================ */
INSERT INTO import_runs (source_folder, triggered_by, started_at, outcome)
OUTPUT INSERTED.run_id
VALUES (@sourceFolder, @triggeredBy, @startedAt, @outcome);
