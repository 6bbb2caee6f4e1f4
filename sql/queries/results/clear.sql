/* ============================================================
Purpose:    Clears the series refresh's stored results, in the transaction that writes the new ones.
Grain:      every row of the stored-results tables
Parameters: none
Metric ids: all (stored results)
============================================================ */
DELETE FROM metric_snapshots;
DELETE FROM worker_day_facts;
DELETE FROM leavers_by_reason;
DELETE FROM data_quality_findings;
DELETE FROM worker_changes;
DELETE FROM series_basis;
