using WorkforceInsights.Bench;

return args switch
{
    ["import-child", var folder, var db] => await ImportBenchmark.RunChildAsync(folder, db),
    ["nightly", .. var scales] => await ImportBenchmark.RunNightlyAsync(scales),
    ["series-profile", var db] => await SeriesProfile.RunAsync(db),
    ["check-full", var db] => await FullRecomputeCheck.RunAsync(db),
    ["refresh", var db] => await RefreshBenchmark.RunAsync(db),
    ["balance", var db] => await BalanceBenchmark.RunAsync(db, null),
    ["balance", var db, var area] => await BalanceBenchmark.RunAsync(db, area),
    ["forecast", var db] => await ForecastBenchmark.RunAsync(db, 36),
    ["forecast", var db, var months] => await ForecastBenchmark.RunAsync(db, int.Parse(months, System.Globalization.CultureInfo.InvariantCulture)),
    ["render", var db, var webDll, .. var pages] => await RenderBenchmark.RunAsync(db, webDll, pages),
    _ => await ImportBenchmark.RunAsync(args),
};
