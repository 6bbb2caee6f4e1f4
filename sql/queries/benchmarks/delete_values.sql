/* ============================================================
Purpose:    Removes the published figures of the measures one file carries, before its rows replace them (in one transaction).
Grain:      rows deleted
Parameters: @measures (list)
Metric ids: none (benchmarks)
============================================================ */
DELETE FROM benchmark_values
WHERE  measure IN @measures;
