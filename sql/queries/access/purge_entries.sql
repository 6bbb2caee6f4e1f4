/* ============================================================
Purpose:    Purges access-log rows older than the retention period (Access:AuditRetentionDays).
Grain:      rows deleted
Parameters: @before (ISO 8601 UTC: rows logged before it go)
Metric ids: none (access log)
============================================================ */
DELETE FROM access_log
WHERE  logged_at < @before;
