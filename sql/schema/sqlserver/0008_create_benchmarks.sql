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
IF OBJECT_ID(N'dbo.benchmark_values', N'U') IS NULL
CREATE TABLE dbo.benchmark_values (
    measure         nvarchar(32)    NOT NULL,
    time_period     int             NOT NULL,
    level           nvarchar(32)    NOT NULL,
    area_key        nvarchar(32)    NOT NULL,
    region_code     nvarchar(16)    NULL,
    region_name     nvarchar(100)   NULL,
    la_code         nvarchar(32)    NULL,               -- "940 / 941" where LAs report together
    la_name         nvarchar(100)   NULL,
    value           float           NULL,
    value_code      nvarchar(8)     NULL,
    PRIMARY KEY (measure, time_period, level, area_key)
);
GO
IF OBJECT_ID(N'dbo.benchmark_neighbours', N'U') IS NULL
CREATE TABLE dbo.benchmark_neighbours (
    la_code         nvarchar(32)    NOT NULL,
    la_name         nvarchar(100)   NOT NULL,
    rank            int             NOT NULL,
    neighbour_code  nvarchar(32)    NOT NULL,
    PRIMARY KEY (la_code, rank)
);
