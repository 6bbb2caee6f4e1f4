/* ============================================================
Purpose:    One part of what the stored results were computed from.
Grain:      one new row
Parameters: @part, @value
Metric ids: all (stored results)
============================================================ */
INSERT INTO series_basis (part, value)
VALUES (@part, @value);
