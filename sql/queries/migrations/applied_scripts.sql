/* ============================================================
Purpose:    The schema scripts already applied (the migration journal).
Grain:      one row per applied script
Parameters: none
Metric ids: none (schema migration)
============================================================ */
SELECT script_name
FROM   schema_journal;
