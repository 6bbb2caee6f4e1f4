/* ============================================================
Purpose:    Raises the data generation once per import run, in the
            transaction that swaps in the run's tables (so a refresh can
            tell that data changed), and makes the run's extract date the
            data's, in the same commit.
Grain:      the one row of data_state
Parameters: @extractDate (yyyy-MM-dd)
Metric ids: none (data state)
============================================================ */
UPDATE data_state
SET    data_generation = data_generation + 1,
       extract_date    = @extractDate
WHERE  state_id = 1;
