/* ============================================================
Purpose:    The data-quality findings stored for one series date.
Grain:      one row per finding
Parameters: @asOf (yyyy-MM-dd)
Metric ids: DQ-*
============================================================ */
SELECT metric_id, worker_id, child_id, detail
FROM   data_quality_findings
WHERE  as_of = @asOf
ORDER BY metric_id, worker_id, child_id, detail
