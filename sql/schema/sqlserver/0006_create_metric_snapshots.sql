/* ============================================================
Description: Stored metric series: every metric for every month end of the
             history, for the council and each group of each breakdown.
             Recomputed after each import; the dashboard only reads it.
Version:     1
Status:      live
Dependencies: 0001-0005
============================================================ */
IF OBJECT_ID(N'dbo.metric_snapshots', N'U') IS NULL
CREATE TABLE dbo.metric_snapshots (
    as_of           date            NOT NULL,
    metric_id       nvarchar(32)    NOT NULL,
    dimension       nvarchar(32)    NOT NULL,
    group_key       nvarchar(200)   COLLATE Latin1_General_100_BIN2 NOT NULL,
    numerator       float           NOT NULL,
    denominator     float           NULL,               -- null for counts
    value           float           NULL,               -- null: no data (zero denominator)
    source_line     bigint          NOT NULL,
    PRIMARY KEY (metric_id, dimension, group_key, as_of)
);
GO
IF OBJECT_ID(N'dbo.metric_refreshes', N'U') IS NULL
CREATE TABLE dbo.metric_refreshes (
    refresh_id      bigint          IDENTITY(1,1) NOT NULL PRIMARY KEY,
    refreshed_at    nvarchar(40)    NOT NULL,
    first_as_of     nvarchar(10)    NULL,
    latest_as_of    nvarchar(10)    NULL,
    points          bigint          NOT NULL,
    seconds         float           NOT NULL
);
