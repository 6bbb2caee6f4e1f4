/* ============================================================
Description: The migration journal: one row per schema script applied.
             Run before every migration; idempotent; not journalled itself.
Version:     1
Status:      live
Dependencies: none
============================================================ */
IF OBJECT_ID(N'dbo.schema_journal', N'U') IS NULL
CREATE TABLE dbo.schema_journal (
    script_name     nvarchar(200)   NOT NULL PRIMARY KEY,
    applied_at      nvarchar(40)    NOT NULL            -- UTC, ISO 8601
);
