/* ============================================================
Description: Published benchmark figures (benchmarks.md): the DfE's official
             statistics for England, each region and each local authority,
             one row per measure, year and area; a suppression code where no
             value was published. And each LA's statistical neighbours.
             Replaced per source file by `wi benchmarks import`.
Version:     1
Status:      live
Dependencies: none
============================================================ */
CREATE TABLE IF NOT EXISTS benchmark_values (
    measure         TEXT    NOT NULL,          -- turnoverRate | agencyRate | vacancyRate | averageCaseload | reReferralRate | claThreePlusRate
    time_period     INTEGER NOT NULL,          -- the published year
    level           TEXT    NOT NULL,          -- National | Regional | Local authority
    area_key        TEXT    NOT NULL,          -- England, the region code, or the LA's old_la_code
    region_code     TEXT    NULL,
    region_name     TEXT    NULL,
    la_code         TEXT    NULL,
    la_name         TEXT    NULL,
    value           REAL    NULL,              -- null where not published
    value_code      TEXT    NULL,              -- the release's code where not published (c, low, k, u, x, z)
    PRIMARY KEY (measure, time_period, level, area_key)
);

CREATE TABLE IF NOT EXISTS benchmark_neighbours (
    la_code         TEXT    NOT NULL,
    la_name         TEXT    NOT NULL,
    rank            INTEGER NOT NULL,          -- 1 = closest
    neighbour_code  TEXT    NOT NULL,
    PRIMARY KEY (la_code, rank)
);
