/* ============================================================
Purpose:    One data-quality finding on a series date.
Grain:      one new row
Parameters: @as_of, @metric_id, @worker_id, @child_id, @detail
Metric ids: DQ-*
============================================================ */
INSERT INTO data_quality_findings (as_of, metric_id, worker_id, child_id, detail)
VALUES (@as_of, @metric_id, @worker_id, @child_id, @detail);
