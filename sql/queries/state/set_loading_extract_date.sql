/* ============================================================
Purpose:    Records the extract date of the import now running; each of
            its table swaps makes it the data's extract date.
Grain:      the one row of data_state
Parameters: @extractDate (yyyy-MM-dd)
Metric ids: none (data state)
============================================================ */
UPDATE data_state
SET    loading_extract_date = @extractDate
WHERE  state_id = 1;
