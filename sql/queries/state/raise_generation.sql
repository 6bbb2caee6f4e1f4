/* ============================================================
Purpose:    Raises the data generation, in the transaction of a table swap
            (so a refresh can tell that data changed), and makes the
            running import's extract date the data's, in the same commit.
Grain:      the one row of data_state
Parameters: none
Metric ids: none (data state)
============================================================ */
UPDATE data_state
SET    data_generation = data_generation + 1,
       extract_date    = COALESCE(loading_extract_date, extract_date)
WHERE  state_id = 1;
