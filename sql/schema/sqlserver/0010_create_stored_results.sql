/* ============================================================
Description: The series refresh's stored results beside the metric
             series: every spell in post on each series date with its
             cases (Caseloads, span of control), leavers by reason, the
             data-quality findings, and every change of social worker.
             Pages, downloads and the CLI read these; the web process
             holds no copy of the extracts. metric_snapshots loses the
             loader's source_line (it was never a line of a file), and
             the refresh record is cleared so the next import or start
             refreshes into the new tables.
Version:     1
Status:      live
Dependencies: 0006
============================================================ */
IF COL_LENGTH(N'dbo.metric_snapshots', N'source_line') IS NOT NULL
ALTER TABLE dbo.metric_snapshots DROP COLUMN source_line;
GO
DELETE FROM dbo.metric_snapshots; -- computed without the new metrics: the next refresh writes them all
DELETE FROM dbo.metric_refreshes;
GO
IF OBJECT_ID(N'dbo.worker_day_facts', N'U') IS NULL
CREATE TABLE dbo.worker_day_facts (
    as_of               date            NOT NULL,
    worker_id           nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    team_code           nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    role                nvarchar(32)    NOT NULL,
    employment_type     nvarchar(32)    NOT NULL,
    start_date          date            NOT NULL,
    fte                 float           NOT NULL,
    band                nvarchar(32)    NOT NULL,
    cases               int             NOT NULL,
    holds_cases         bit             NOT NULL,
    employed_year_ago   bit             NOT NULL,
    line_manager_id     nvarchar(64)    COLLATE Latin1_General_100_BIN2 NULL
);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_worker_day_facts_as_of')
CREATE INDEX ix_worker_day_facts_as_of ON dbo.worker_day_facts (as_of, team_code);
GO
IF OBJECT_ID(N'dbo.leavers_by_reason', N'U') IS NULL
CREATE TABLE dbo.leavers_by_reason (
    as_of               date            NOT NULL,
    dimension           nvarchar(32)    NOT NULL,
    group_key           nvarchar(200)   COLLATE Latin1_General_100_BIN2 NOT NULL,
    reason              nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    leavings            int             NOT NULL,
    fte                 float           NOT NULL,
    PRIMARY KEY (as_of, dimension, group_key, reason)
);
GO
IF OBJECT_ID(N'dbo.data_quality_findings', N'U') IS NULL
CREATE TABLE dbo.data_quality_findings (
    as_of               date            NOT NULL,
    metric_id           nvarchar(32)    NOT NULL,
    worker_id           nvarchar(64)    NULL,
    child_id            nvarchar(64)    NULL,
    detail              nvarchar(400)   NOT NULL
);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_data_quality_findings_as_of')
CREATE INDEX ix_data_quality_findings_as_of ON dbo.data_quality_findings (as_of);
GO
IF OBJECT_ID(N'dbo.worker_changes', N'U') IS NULL
CREATE TABLE dbo.worker_changes (
    child_id            nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    change_date         date            NOT NULL,
    previous_worker_id  nvarchar(64)    NOT NULL,
    new_worker_id       nvarchar(64)    NOT NULL,
    previous_team_code  nvarchar(64)    COLLATE Latin1_General_100_BIN2 NULL,
    new_team_code       nvarchar(64)    COLLATE Latin1_General_100_BIN2 NULL,
    case_type           nvarchar(8)     NOT NULL,
    reason              nvarchar(8)     NOT NULL,
    recorded            bit             NOT NULL
);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_worker_changes_date')
CREATE INDEX ix_worker_changes_date ON dbo.worker_changes (change_date);
