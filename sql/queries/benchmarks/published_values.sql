/* ============================================================
Purpose:    Every published benchmark figure (a few thousand rows: read whole, compared in memory).
Grain:      one row per measure, year and area
Parameters: none
Metric ids: none (benchmarks)
============================================================ */
SELECT measure,
       CAST(time_period AS BIGINT) AS year,
       level,
       region_code,
       region_name,
       la_code,
       la_name,
       value,
       value_code  AS code
FROM   benchmark_values;
