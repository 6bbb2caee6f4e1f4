using System.Globalization;
using WorkforceInsights.Charts;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// What the screen adds to <see cref="FigureText"/>, which formats every figure for the web, charts and pack alike:
/// dates and timestamps as a reader expects them, statuses as words and symbols, and raw values for data attributes.
/// </summary>
public static class Figures
{
    public static readonly CultureInfo Culture = FigureText.Culture;


    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Culture) ?? "no data";

    public static string Word(Status status, string onTarget = "on target") => status switch
    {
        Status.Better => "better",
        Status.OnTarget => onTarget,
        Status.Worse => "worse",
        _ => "no data",
    };

    /// <summary>A shape as well as a word, so status never rests on colour alone.</summary>
    public static string Symbol(Status status) => status switch
    {
        Status.Better => "✔",
        Status.Worse => "✘",
        Status.OnTarget => "●",
        _ => "–",
    };

    /// <summary>A stored UTC timestamp (ISO 8601) as a reader expects it, e.g. "22 November 2026, 02:14 UTC".</summary>
    public static string Timestamp(string? iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", Culture)
            : "never";

    /// <summary>Invariant, unrounded, for data attributes that tests and scripts read.</summary>
    public static string Raw(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
