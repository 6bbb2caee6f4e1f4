/* ============================================================
Purpose:    Chosen metrics for every group of one breakdown on one
            reporting date (e.g. social workers per child by case type).
Grain:      one row per group per metric
Parameters: @dimension, @asOf (yyyy-MM-dd), @metricIds (list)
Metric ids: any (read from metric_snapshots)
============================================================ */
SELECT group_key,
       metric_id,
       numerator,
       denominator,
       value,
       short_history
FROM   metric_snapshots
WHERE  dimension = @dimension
  AND  as_of = @asOf
  AND  metric_id IN @metricIds
ORDER BY group_key, metric_id
