/* ============================================================
Description: Complete years only (metrics.md): a stored figure the
             extracts' history did not yet cover is null with
             short_history = 1, so the dashboard can say "fewer than
             12 months of data" rather than "no data". data_state keeps
             the history start manifest.json declared for each kind
             (historyStart, extracts.md); null: inferred from the rows.
Version:     1
Status:      live
Dependencies: 0011, 0013
============================================================ */
IF COL_LENGTH(N'dbo.metric_snapshots', N'short_history') IS NULL
ALTER TABLE dbo.metric_snapshots ADD short_history bit NOT NULL CONSTRAINT df_metric_snapshots_short_history DEFAULT 0;
GO
IF COL_LENGTH(N'dbo.data_state', N'workers_history_start') IS NULL
ALTER TABLE dbo.data_state ADD workers_history_start date NULL;
GO
IF COL_LENGTH(N'dbo.data_state', N'allocations_history_start') IS NULL
ALTER TABLE dbo.data_state ADD allocations_history_start date NULL;
GO
IF COL_LENGTH(N'dbo.data_state', N'referrals_history_start') IS NULL
ALTER TABLE dbo.data_state ADD referrals_history_start date NULL;
