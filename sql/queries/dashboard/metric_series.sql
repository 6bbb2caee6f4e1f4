/* ============================================================
Purpose:    Stored series of chosen metrics for one group of one breakdown
            (the whole council: dimension 'Council', group 'Council').
Grain:      one row per metric per reporting date
Parameters: @dimension, @groupKey, @metricIds (list)
Metric ids: any (read from metric_snapshots)
============================================================ */
SELECT as_of,
       metric_id,
       numerator,
       denominator,
       value,
       short_history
FROM   metric_snapshots
WHERE  dimension = @dimension
  AND  group_key = @groupKey
  AND  metric_id IN @metricIds
ORDER BY metric_id, as_of
