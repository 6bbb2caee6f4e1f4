/* ============================================================
Purpose:    The latest metric refresh: the "data as at" date and when it was computed.
Grain:      one row per refresh, newest first (the caller takes the first)
Parameters: none
Metric ids: none (data status)
============================================================ */
SELECT refresh_id,
       refreshed_at,
       first_as_of,
       latest_as_of,
       points
FROM   metric_refreshes
ORDER BY refresh_id DESC
