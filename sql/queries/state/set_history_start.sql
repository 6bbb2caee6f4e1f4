/* ============================================================
Purpose:    Records the history start manifest.json declares for one
            extract kind (null: none declared, inferred from the rows),
            and raises the data generation by @raise, so the next
            refresh recomputes the figures it decides: 1 when run on
            its own (only when the value changes), 0 inside an import
            run's swap, which raises the generation itself.
Grain:      the one row of data_state
Parameters: @kind (workers | allocations | referrals), @historyStart (yyyy-MM-dd or null), @raise (0 or 1)
Metric ids: every year-based figure (metrics.md, "Complete years only")
============================================================ */
UPDATE data_state
SET    workers_history_start     = CASE WHEN @kind = 'workers'     THEN @historyStart ELSE workers_history_start     END,
       allocations_history_start = CASE WHEN @kind = 'allocations' THEN @historyStart ELSE allocations_history_start END,
       referrals_history_start   = CASE WHEN @kind = 'referrals'   THEN @historyStart ELSE referrals_history_start   END,
       data_generation           = data_generation + @raise
WHERE  state_id = 1;
