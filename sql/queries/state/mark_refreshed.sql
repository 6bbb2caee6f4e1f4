/* ============================================================
Purpose:    Records the data generation the stored results were computed from, in the transaction that writes them.
Grain:      the one row of data_state
Parameters: @generation
Metric ids: none (data state)
============================================================ */
UPDATE data_state
SET    refreshed_generation = @generation
WHERE  state_id = 1;
