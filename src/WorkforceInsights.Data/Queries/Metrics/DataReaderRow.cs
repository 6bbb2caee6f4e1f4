using System.Data.Common;
using System.Globalization;

namespace WorkforceInsights.Data.Queries.Metrics;

/// <summary>The current row of an ADO.NET data reader (SQL Server's), ordinals looked up once.</summary>
internal sealed class DataReaderRow(DbDataReader reader) : IInputRow
{
    private readonly Dictionary<string, int> _ordinals = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public string Text(string column) => reader.GetString(_ordinals[column]);

    public string? OptionalText(string column) => reader.IsDBNull(_ordinals[column]) ? null : Text(column);

    public string Id(string column)
    {
        var text = Text(column);
        if (_ids.TryGetValue(text, out var kept))
        {
            return kept;
        }

        _ids[text] = text;
        return text;
    }

    public string? OptionalId(string column) => reader.IsDBNull(_ordinals[column]) ? null : Id(column);

    public decimal Decimal(string column) => Convert.ToDecimal(reader.GetValue(_ordinals[column]), CultureInfo.InvariantCulture);

    public DateOnly Date(string column) => DateOnly.FromDateTime(reader.GetDateTime(_ordinals[column]));

    public DateOnly? OptionalDate(string column) => reader.IsDBNull(_ordinals[column]) ? null : Date(column);
}
