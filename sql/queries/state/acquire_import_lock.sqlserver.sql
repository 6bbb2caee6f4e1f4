/* ============================================================
Purpose:    Takes the one-import-at-a-time lock for this session, without
            waiting, and says whether it is held: 'Exclusive' when taken,
            'NoLock' when another import holds it. The session keeps it
            until its connection closes (also when the process dies).
Grain:      one value
Parameters: none
Metric ids: none (import lock)
============================================================ */
EXEC sp_getapplock @Resource = N'WorkforceInsights.import', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = 0;
SELECT APPLOCK_MODE(N'public', N'WorkforceInsights.import', N'Session');
