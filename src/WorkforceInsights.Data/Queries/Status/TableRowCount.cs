namespace WorkforceInsights.Data.Queries.Status;

public sealed record TableRowCount(string ExtractKind, long RowCount);
