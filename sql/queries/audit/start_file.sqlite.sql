/* ============================================================
Purpose:    Records the start of one file of an import run and returns its new id.
Grain:      one new row
Parameters: @runId, @extractKind, @fileName, @outcome, @startedAt
Metric ids: none (import audit)
============================================================ */
INSERT INTO import_files (run_id, extract_kind, file_name, outcome, started_at)
VALUES (@runId, @extractKind, @fileName, @outcome, @startedAt)
RETURNING file_id;
