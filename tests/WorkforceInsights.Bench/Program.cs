using WorkforceInsights.Bench;

return args switch
{
    ["import-child", var folder, var db] => await ImportBenchmark.RunChildAsync(folder, db),
    ["series-profile", var db] => await SeriesProfile.RunAsync(db),
    _ => await ImportBenchmark.RunAsync(args),
};
