/* ============================================================
Description: Import audit: every import run, every file in it, and every
             error or warning it produced. Written outside the data
             transaction so a failed load is still recorded. Timestamps
             are ISO 8601 text, as on SQLite, so the same statements serve both.
Version:     1
Status:      live
Dependencies: none
============================================================ */
IF OBJECT_ID(N'dbo.import_runs', N'U') IS NULL
CREATE TABLE dbo.import_runs (
    run_id          bigint          IDENTITY(1,1) NOT NULL PRIMARY KEY,
    source_folder   nvarchar(1000)  NOT NULL,
    triggered_by    nvarchar(32)    NOT NULL,           -- cli | schedule | first-start
    started_at      nvarchar(40)    NOT NULL,
    finished_at     nvarchar(40)    NULL,
    outcome         nvarchar(16)    NOT NULL            -- running | loaded | unchanged | rejected | failed
);
GO
IF OBJECT_ID(N'dbo.import_files', N'U') IS NULL
CREATE TABLE dbo.import_files (
    file_id         bigint          IDENTITY(1,1) NOT NULL PRIMARY KEY,
    run_id          bigint          NOT NULL REFERENCES dbo.import_runs (run_id),
    extract_kind    nvarchar(32)    NOT NULL,
    file_name       nvarchar(260)   NOT NULL,
    sha256          char(64)        NULL,
    encoding        nvarchar(32)    NULL,
    rows_read       bigint          NOT NULL DEFAULT 0,
    rows_loaded     bigint          NOT NULL DEFAULT 0,
    rows_rejected   bigint          NOT NULL DEFAULT 0,
    error_count     bigint          NOT NULL DEFAULT 0,
    warning_count   bigint          NOT NULL DEFAULT 0,
    outcome         nvarchar(16)    NOT NULL,
    message         nvarchar(max)   NULL,
    started_at      nvarchar(40)    NOT NULL,
    finished_at     nvarchar(40)    NULL
);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_import_files_kind_outcome' AND object_id = OBJECT_ID(N'dbo.import_files'))
CREATE INDEX ix_import_files_kind_outcome
    ON dbo.import_files (extract_kind, outcome, file_id);
GO
IF OBJECT_ID(N'dbo.import_issues', N'U') IS NULL
CREATE TABLE dbo.import_issues (
    issue_id        bigint          IDENTITY(1,1) NOT NULL PRIMARY KEY,
    file_id         bigint          NOT NULL REFERENCES dbo.import_files (file_id),
    severity        nvarchar(16)    NOT NULL,           -- error | warning
    line_number     bigint          NULL,
    column_name     nvarchar(128)   NULL,
    value           nvarchar(4000)  NULL,
    message         nvarchar(4000)  NOT NULL
);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_import_issues_file' AND object_id = OBJECT_ID(N'dbo.import_issues'))
CREATE INDEX ix_import_issues_file ON dbo.import_issues (file_id);
