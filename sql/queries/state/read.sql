/* ============================================================
Purpose:    The imported data's extract date and generations.
Grain:      the one row of data_state
Parameters: none
Metric ids: none (data state)
============================================================ */
SELECT extract_date, data_generation, refreshed_generation
FROM   data_state
WHERE  state_id = 1
