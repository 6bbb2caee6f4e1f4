/* ============================================================
Description: What the stored results were computed from, as digests a
             refresh compares to recompute only the dates an import
             changed (docs/metrics.md, "Series dates"): one row per
             part (a kind of input row and the month from which it can
             change figures, or an input that changes every date).
             Written in the transaction that writes the results. Empty
             until the next refresh, which then recomputes everything.
Version:     1
Status:      live
Dependencies: 0010
============================================================ */
IF OBJECT_ID(N'dbo.series_basis', N'U') IS NULL
CREATE TABLE dbo.series_basis (
    part                nvarchar(100)   COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    value               bigint          NOT NULL
);
