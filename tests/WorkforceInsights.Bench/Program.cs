using WorkforceInsights.Bench;

return args switch
{
    ["import-child", var folder, var db] => await ImportBenchmark.RunChildAsync(folder, db),
    ["series-profile", var db] => await SeriesProfile.RunAsync(db),
    ["refresh", var db] => await RefreshBenchmark.RunAsync(db),
    ["render", var db, var webDll] => await RenderBenchmark.RunAsync(db, webDll),
    _ => await ImportBenchmark.RunAsync(args),
};
