namespace WorkforceInsights.Web.Services;

/// <summary>The case types (extracts.md codes) as a reader names them, in the order pages list them.</summary>
public static class CaseTypeNames
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("CIN", "Child in need (CIN)"),
        ("CP", "Child protection plan (CP)"),
        ("CLA", "Child looked after (CLA)"),
        ("CL", "Care leaver (CL)"),
    ];
}
