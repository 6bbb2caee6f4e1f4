/* ============================================================
Purpose:    Records one refresh of the stored metric series: when, which dates, how many points, how long.
Grain:      one new row
Parameters: @refreshedAt, @firstAsOf, @latestAsOf, @points, @seconds
Metric ids: none (series refresh)
============================================================ */
INSERT INTO metric_refreshes (refreshed_at, first_as_of, latest_as_of, points, seconds)
VALUES (@refreshedAt, @firstAsOf, @latestAsOf, @points, @seconds);
