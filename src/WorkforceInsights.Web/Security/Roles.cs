namespace WorkforceInsights.Web.Security;

/// <summary>The four roles of access.md. A person may hold several and sees the union.</summary>
public static class Roles
{
    public const string Leader = "Leader";
    public const string HR = "HR";
    public const string OperationsManager = "OperationsManager";
    public const string DataOfficer = "DataOfficer";

    public static IReadOnlyList<string> All { get; } = [Leader, HR, OperationsManager, DataOfficer];
}
