namespace WorkforceInsights.Data.Queries.Metrics;

/// <summary>The current row of one of the metric inputs' queries, its values by column name: one mapping per source for both engines.</summary>
internal interface IInputRow
{
    string Text(string column);

    string? OptionalText(string column);

    /// <summary>A value that repeats on many rows (a worker, team or child id, a code), kept as one string.</summary>
    string Id(string column);

    string? OptionalId(string column);

    decimal Decimal(string column);

    DateOnly Date(string column);

    DateOnly? OptionalDate(string column);
}
