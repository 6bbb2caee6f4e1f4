/* ============================================================
Purpose:    Raises the data generation, in the transaction of a table swap (so a refresh can tell that data changed).
Grain:      the one row of data_state
Parameters: none
Metric ids: none (data state)
============================================================ */
UPDATE data_state
SET    data_generation = data_generation + 1
WHERE  state_id = 1;
