namespace WorkforceInsights.Reporting;

/// <summary>
/// The Ofsted briefing pack as data: every figure already formatted (and small numbers already suppressed,
/// since the pack leaves the council), every chart already drawn as PNG by the dashboard's own renderer.
/// <see cref="BriefingPackWriter"/> lays it out as a Word document.
/// </summary>
/// <param name="CouncilName">e.g. "Westmoor (sample council)".</param>
/// <param name="BenchmarkNote">Said under the cover's title where benchmarks are another council's, e.g. "Benchmarks of Somerset, for illustration"; else null.</param>
/// <param name="DataAsAt">The date the figures are for.</param>
/// <param name="GeneratedAt">When the document was written (UTC).</param>
/// <param name="Attribution">The Open Government Licence line, printed at the end.</param>
public sealed record BriefingPack(
    string CouncilName,
    string? BenchmarkNote,
    DateOnly DataAsAt,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<PackSection> Sections,
    IReadOnlyList<PackDefinition> Definitions,
    IReadOnlyList<PackDataQualityRow> DataQuality,
    string Attribution);

/// <summary>One theme (workforce stability; caseloads; children's experience; demand and re-referrals).</summary>
/// <param name="WhatWeKnow">Factual sentences drafted from the figures, one paragraph each.</param>
/// <param name="Tables">Further tables after the figures (e.g. agency compliance in the workforce theme); none when null.</param>
public sealed record PackSection(string Title, IReadOnlyList<PackChart> Charts, IReadOnlyList<PackFigureRow> Figures, IReadOnlyList<string> WhatWeKnow, IReadOnlyList<PackTable>? Tables = null);

/// <summary>A table of its own in a theme: a caption, the headers, and rows of already formatted (and withheld) cells.</summary>
public sealed record PackTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <param name="Png">The chart, drawn by the dashboard's renderer.</param>
/// <param name="AltText">The chart's one-sentence summary, as its alternative text.</param>
public sealed record PackChart(string Title, byte[] Png, int WidthPixels, int HeightPixels, string AltText);

/// <summary>One measure in a theme's table: the council's figure with its target and status, beside the published benchmarks.</summary>
public sealed record PackFigureRow(
    string Measure,
    string Council,
    string YearBefore,
    string Target,
    string Status,
    string England,
    string Region,
    string NeighboursMedian,
    string Quartile,
    string BenchmarkPeriod);

public sealed record PackDefinition(string Id, string Title, string Definition);

public sealed record PackDataQualityRow(string Finding, string Count, string Meaning);
