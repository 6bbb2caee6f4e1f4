using System.Data.Common;
using System.Globalization;
using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Metrics;

/// <summary>
/// Reads everything the metrics are computed from (sql/queries/metrics/*.sql) into Core records. Straight from the
/// data reader, by column name: a million allocation and referral rows are read once, with no intermediate row
/// objects, and ids that repeat on many rows (workers, teams, children) are kept as one string each.
/// </summary>
public sealed class MetricInputsQuery(IDbConnectionFactory connections)
{
    private readonly string _teams = SqlQuery.Load("metrics/teams", connections.Provider);
    private readonly string _spells = SqlQuery.Load("metrics/worker_spells", connections.Provider);
    private readonly string _allocations = SqlQuery.Load("metrics/allocations", connections.Provider);
    private readonly string _referrals = SqlQuery.Load("metrics/referrals", connections.Provider);
    private readonly string _establishment = SqlQuery.Load("metrics/establishment", connections.Provider);

    /// <summary>Reads the five sources, each on its own connection at once (a refresh starts with this read).</summary>
    /// <param name="extractDate">E of the data (facts after it are left out); null reads it from data_state.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<MetricInputs> RunAsync(DateOnly? extractDate = null, CancellationToken cancellationToken = default)
    {
        extractDate ??= (await new State.DataStateStore(connections).ReadAsync(cancellationToken)).ExtractDate;
        var teams = ReadAsync(_teams, r => new Team(r.Text("team_code"), r.Text("team_name"), r.Text("service_area"), r.OptionalText("locality")), cancellationToken);
        var spells = ReadAsync(_spells, r => new WorkerSpell(
            r.Id("worker_id"), r.OptionalText("display_name"), r.Id("team_code"), Codes.Roles.Parse(r.Text("role")),
            Codes.EmploymentTypes.Parse(r.Text("employment_type")), r.Decimal("fte"), r.Date("start_date"), r.OptionalDate("end_date"),
            r.OptionalText("leaving_reason") is { } reason ? Codes.LeavingReasons.Parse(reason) : null, r.OptionalDate("qualified_date"), r.OptionalId("line_manager_id")), cancellationToken);
        var allocations = ReadAsync(_allocations, r => new Allocation(
            r.Id("child_id"), r.Id("worker_id"), r.Date("start_date"), r.OptionalDate("end_date"), Codes.CaseTypes.Parse(r.Text("case_type")),
            r.OptionalText("change_reason") is { } change ? Codes.ChangeReasons.Parse(change) : null), cancellationToken);
        var referrals = ReadAsync(_referrals, r => new Referral(r.Text("referral_id"), r.Id("child_id"), r.Date("referral_date"), r.OptionalId("source")), cancellationToken);
        var establishment = ReadAsync(_establishment, r => new EstablishmentPost(r.Id("team_code"), Codes.Roles.Parse(r.Text("role")), r.Decimal("establishment_fte")), cancellationToken);
        await Task.WhenAll(teams, spells, allocations, referrals, establishment);
        return new MetricInputs(await teams, await spells, await allocations, await referrals, await establishment, extractDate);
    }

    private async Task<List<T>> ReadAsync<T>(string sql, Func<ColumnReader, T> map, CancellationToken cancellationToken)
    {
        await Task.Yield(); // each source is read beside the others
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new ColumnReader(reader, datesAsText: connections.Provider == DatabaseProvider.Sqlite);
        var rows = new List<T>();
        while (reader.Read()) // SQLite's reader is synchronous underneath; ReadAsync would add a task per row
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(map(columns));
        }

        return rows;
    }

    /// <summary>The current row's values by column name (ordinals looked up once). Dates arrive as ISO text from SQLite and as date from SQL Server.</summary>
    private sealed class ColumnReader(DbDataReader reader, bool datesAsText)
    {
        private readonly Dictionary<string, int> _ordinals = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public string Text(string column) => reader.GetString(_ordinals[column]);

        public string? OptionalText(string column) => reader.IsDBNull(_ordinals[column]) ? null : Text(column);

        /// <summary>An id that repeats on many rows, kept as one string.</summary>
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

        public DateOnly Date(string column)
        {
            var ordinal = _ordinals[column];
            return datesAsText ? IsoDate.Parse(reader.GetString(ordinal)) : DateOnly.FromDateTime(reader.GetDateTime(ordinal));
        }

        public DateOnly? OptionalDate(string column) => reader.IsDBNull(_ordinals[column]) ? null : Date(column);
    }
}
