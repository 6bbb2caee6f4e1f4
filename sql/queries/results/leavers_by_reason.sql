/* ============================================================
Purpose:    Leavers by reason of one group of one breakdown on one series date.
Grain:      one row per reason
Parameters: @asOf (yyyy-MM-dd), @dimension, @groupKey
Metric ids: WF-LVR-HC, WF-LVR-FTE (by reason)
============================================================ */
SELECT reason, leavings, fte
FROM   leavers_by_reason
WHERE  as_of = @asOf
  AND  dimension = @dimension
  AND  group_key = @groupKey
ORDER BY fte DESC, reason
