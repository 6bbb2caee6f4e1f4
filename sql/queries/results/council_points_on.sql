/* ============================================================
Purpose:    Every stored point of one date for the whole council and the differential caseload (wi metrics on a stored date).
Grain:      one row per metric (council) and per band (CASE-AVG)
Parameters: @asOf (yyyy-MM-dd)
Metric ids: all (council); CASE-AVG by experience band
============================================================ */
SELECT metric_id, dimension, group_key, numerator, denominator, value, short_history
FROM   metric_snapshots
WHERE  as_of = @asOf
  AND  (dimension = 'Council' OR (dimension = 'ExperienceBand' AND metric_id = 'CASE-AVG'))
