/* ============================================================
Description: The access log (access.md): one row per view or download of
             worker-level or child-level data: who, with which roles, what
             they asked for, and how many person-level rows it returned.
             Purged after Access:AuditRetentionDays. Timestamps are ISO 8601
             text, as on SQLite, so the same statements serve both.
Version:     1
Status:      live
Dependencies: none
============================================================ */
IF OBJECT_ID(N'dbo.access_log', N'U') IS NULL
CREATE TABLE dbo.access_log (
    entry_id        bigint          IDENTITY(1,1) NOT NULL PRIMARY KEY,
    logged_at       nvarchar(40)    NOT NULL,
    user_id         nvarchar(200)   NOT NULL,
    user_name       nvarchar(200)   NOT NULL,
    roles           nvarchar(200)   NOT NULL,
    resource        nvarchar(200)   NOT NULL,
    filters         nvarchar(1000)  NOT NULL,
    rows_returned   bigint          NOT NULL
);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_access_log_logged_at' AND object_id = OBJECT_ID(N'dbo.access_log'))
CREATE INDEX ix_access_log_logged_at ON dbo.access_log (logged_at);
