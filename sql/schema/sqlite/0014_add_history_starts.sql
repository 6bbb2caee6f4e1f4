/* ============================================================
Description: Complete years only (metrics.md): a stored figure the
             extracts' history did not yet cover is null with
             short_history = 1, so the dashboard can say "fewer than
             12 months of data" rather than "no data". data_state keeps
             the history start manifest.json declared for each kind
             (historyStart, extracts.md); null: inferred from the rows.
             Run once (the journal), since SQLite has no
             "ADD COLUMN IF NOT EXISTS".
Version:     1
Status:      live
Dependencies: 0011, 0013
============================================================ */
ALTER TABLE metric_snapshots ADD COLUMN short_history INTEGER NOT NULL DEFAULT 0;   -- 1: null because the history is shorter than the figure needs

ALTER TABLE data_state ADD COLUMN workers_history_start TEXT NULL;      -- workers.csv's historyStart, yyyy-MM-dd
ALTER TABLE data_state ADD COLUMN allocations_history_start TEXT NULL;  -- allocations.csv's historyStart, yyyy-MM-dd
ALTER TABLE data_state ADD COLUMN referrals_history_start TEXT NULL;    -- referrals.csv's historyStart, yyyy-MM-dd
