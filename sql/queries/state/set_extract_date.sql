/* ============================================================
Purpose:    Records the extract date of data just loaded.
Grain:      the one row of data_state
Parameters: @extractDate (yyyy-MM-dd)
Metric ids: none (data state)
============================================================ */
UPDATE data_state
SET    extract_date = @extractDate
WHERE  state_id = 1;
