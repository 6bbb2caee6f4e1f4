/* ============================================================
Purpose:    Releases the one-import-at-a-time lock this session took.
            Released explicitly: a pooled connection's session outlives
            its Close, and with it a session-owned lock.
Grain:      none
Parameters: none
Metric ids: none (import lock)
============================================================ */
EXEC sp_releaseapplock @Resource = N'WorkforceInsights.import', @LockOwner = N'Session';
