using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Serves blazor.web.js. The .NET 10 assets package is not obtainable here, so the build embeds
/// the .NET 9.0.22 Components.Endpoints assembly (from the runtime pack) and this reads the
/// script out of its manifest resources once, at start-up (see the project file and README).
/// </summary>
public static class BlazorScriptEndpoint
{
    private const string SourceResource = "blazor-script-source.dll";
    private const string ScriptResource = "_framework/blazor.web.js";

    public static IEndpointRouteBuilder MapBlazorWebScript(this IEndpointRouteBuilder endpoints)
    {
        var script = ReadScript();
        endpoints.MapGet("/_framework/blazor.web.js", () => Results.Bytes(script, "text/javascript"));
        return endpoints;
    }

    public static byte[] ReadScript()
    {
        using var source = typeof(BlazorScriptEndpoint).Assembly.GetManifestResourceStream(SourceResource)
            ?? throw new InvalidOperationException($"{SourceResource} was not embedded at build time.");
        using var pe = new PEReader(source);
        var metadata = pe.GetMetadataReader();
        var resources = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (metadata.GetString(resource.Name) == ScriptResource)
            {
                var reader = resources.GetReader((int)resource.Offset, resources.Length - (int)resource.Offset);
                return reader.ReadBytes(reader.ReadInt32());
            }
        }

        throw new InvalidOperationException($"{ScriptResource} not found in {SourceResource}.");
    }
}
