using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using WorkforceInsights.Charts;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Rendered charts, keyed by what they show: the same chart for the same filters is drawn once, and a
/// refresh that changes a number changes the key, so nothing stale is ever served. Bounded in size.
/// </summary>
public sealed class ChartCache(IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions s_entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) };

    /// <summary>The chart as an SVG element for the page (see <see cref="ChartRenderer.Svg"/>).</summary>
    public string InlineSvg(ChartSpec spec, string idPrefix, string labelledBy, int width, int height) =>
        GetOrRender($"inline|{idPrefix}|{labelledBy}|{width}x{height}", spec, s => ChartRenderer.Svg(s, idPrefix, labelledBy, width, height));

    public string SvgFile(ChartSpec spec) => GetOrRender("svg", spec, s => ChartRenderer.SvgFile(s));

    public byte[] Png(ChartSpec spec) => GetOrRender("png", spec, s => ChartRenderer.Png(s));

    private T GetOrRender<T>(string kind, ChartSpec spec, Func<ChartSpec, T> render)
    {
        var key = kind + "|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(spec))));
        return cache.GetOrCreate(key, entry =>
        {
            entry.SetOptions(s_entry);
            return render(spec);
        })!;
    }
}
