/* ============================================================
Purpose:    Stores one published figure.
Grain:      one new row
Parameters: @Measure, @Year, @Level, @AreaKey, @RegionCode, @RegionName, @LaCode, @LaName, @Value, @Code
Metric ids: none (benchmarks)
============================================================ */
INSERT INTO benchmark_values (measure, time_period, level, area_key, region_code, region_name, la_code, la_name, value, value_code)
VALUES (@Measure, @Year, @Level, @AreaKey, @RegionCode, @RegionName, @LaCode, @LaName, @Value, @Code);
