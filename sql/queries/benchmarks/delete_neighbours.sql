/* ============================================================
Purpose:    Removes every LA's statistical neighbours, before a new model replaces them (in one transaction).
Grain:      rows deleted
Parameters: none
Metric ids: none (benchmarks)
============================================================ */
DELETE FROM benchmark_neighbours;
