using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkforceInsights.Import.DropFolder;
using WorkforceInsights.Import.Importers;

namespace WorkforceInsights.Import;

public static class DependencyInjection
{
    public static IHostApplicationBuilder AddImport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ExtractFolderImporter>();
        builder.Services.AddSingleton<Benchmarks.BenchmarkImporter>();
        builder.Services.AddSingleton<DropFolderProcessor>();
        return builder;
    }
}
