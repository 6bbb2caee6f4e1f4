/* ============================================================
Purpose:    How many published figures the store holds (the web app loads the shipped files into an empty store).
Grain:      one row
Parameters: none
Metric ids: none (benchmarks)
============================================================ */
SELECT COUNT(*) AS published
FROM   benchmark_values;
