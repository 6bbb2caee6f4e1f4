/* ============================================================
Purpose:    Stores one LA's neighbour at one rank.
Grain:      one new row
Parameters: @LaCode, @LaName, @Rank, @NeighbourCode
Metric ids: none (benchmarks)
============================================================ */
INSERT INTO benchmark_neighbours (la_code, la_name, rank, neighbour_code)
VALUES (@LaCode, @LaName, @Rank, @NeighbourCode);
