/* ============================================================
Purpose:    Every LA's statistical neighbours, closest first.
Grain:      one row per LA and neighbour
Parameters: none
Metric ids: none (benchmarks)
============================================================ */
SELECT   la_code,
         la_name,
         CAST(rank AS BIGINT) AS rank,
         neighbour_code
FROM     benchmark_neighbours
ORDER BY la_code, rank;
