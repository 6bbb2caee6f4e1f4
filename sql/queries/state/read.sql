/* ============================================================
Purpose:    The imported data's extract date and generations, and the
            history start manifest.json declared for each kind.
Grain:      the one row of data_state
Parameters: none
Metric ids: none (data state)
============================================================ */
SELECT extract_date, data_generation, refreshed_generation,
       workers_history_start, allocations_history_start, referrals_history_start
FROM   data_state
WHERE  state_id = 1
