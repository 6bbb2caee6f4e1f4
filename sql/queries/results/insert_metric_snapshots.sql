/* ============================================================
Purpose:    One stored metric point (SQLite's writer binds it row by row; SQL Server bulk-copies the same columns).
Grain:      one new row
Parameters: @as_of, @metric_id, @dimension, @group_key, @numerator, @denominator, @value
Metric ids: any
============================================================ */
INSERT INTO metric_snapshots (as_of, metric_id, dimension, group_key, numerator, denominator, value)
VALUES (@as_of, @metric_id, @dimension, @group_key, @numerator, @denominator, @value);
