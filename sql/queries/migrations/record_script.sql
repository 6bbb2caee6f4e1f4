/* ============================================================
Purpose:    Records one schema script as applied.
Grain:      one new row
Parameters: @name, @appliedAt
Metric ids: none (schema migration)
============================================================ */
INSERT INTO schema_journal (script_name, applied_at)
VALUES (@name, @appliedAt);
