using Microsoft.Data.Sqlite;
using SQLitePCL;
using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Loading;

namespace WorkforceInsights.Data.Queries.Metrics;

/// <summary>
/// Reads everything the metrics are computed from (sql/queries/metrics/*.sql) into Core records, by column name, with
/// one mapping per source for both engines (<see cref="IInputRow"/>): a million allocation and referral rows are read
/// once, with no intermediate row objects, and values that repeat on many rows (worker, team and child ids, codes) are
/// kept as one string each. SQLite's rows are read with its own calls (<see cref="SqliteStatementRow"/>).
/// </summary>
public sealed class MetricInputsQuery(IDbConnectionFactory connections)
{
    private readonly string _teams = SqlQuery.Load("metrics/teams", connections.Provider);
    private readonly string _spells = SqlQuery.Load("metrics/worker_spells", connections.Provider);
    private readonly string _allocations = SqlQuery.Load("metrics/allocations", connections.Provider);
    private readonly string _referrals = SqlQuery.Load("metrics/referrals", connections.Provider);
    private readonly string _establishment = SqlQuery.Load("metrics/establishment", connections.Provider);

    /// <summary>Reads the five sources, each on its own connection at once (a refresh starts with this read).</summary>
    /// <param name="extractDate">E of the data (facts after it are left out); null reads it from data_state (as the declared history starts always are).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<MetricInputs> RunAsync(DateOnly? extractDate = null, CancellationToken cancellationToken = default)
    {
        var state = await new State.DataStateStore(connections).ReadAsync(cancellationToken);
        extractDate ??= state.ExtractDate;
        var teams = ReadAsync(_teams, r => new Team(r.Text("team_code"), r.Text("team_name"), r.Text("service_area"), r.OptionalText("locality")), cancellationToken);
        var spells = ReadAsync(_spells, r => new WorkerSpell(
            r.Id("worker_id"), r.OptionalText("display_name"), r.Id("team_code"), Codes.Roles.Parse(r.Id("role")),
            Codes.EmploymentTypes.Parse(r.Id("employment_type")), r.Decimal("fte"), r.Date("start_date"), r.OptionalDate("end_date"),
            r.OptionalId("leaving_reason") is { } reason ? Codes.LeavingReasons.Parse(reason) : null, r.OptionalDate("qualified_date"), r.OptionalId("line_manager_id")), cancellationToken);
        var allocations = ReadAsync(_allocations, r => new Allocation(
            r.Id("child_id"), r.Id("worker_id"), r.Date("start_date"), r.OptionalDate("end_date"), Codes.CaseTypes.Parse(r.Id("case_type")),
            r.OptionalId("change_reason") is { } change ? Codes.ChangeReasons.Parse(change) : null), cancellationToken);
        var referrals = ReadAsync(_referrals, r => new Referral(r.Id("child_id"), r.Date("referral_date"), r.OptionalId("source")), cancellationToken);
        var establishment = ReadAsync(_establishment, r => new EstablishmentPost(r.Id("team_code"), Codes.Roles.Parse(r.Id("role")), r.Decimal("establishment_fte")), cancellationToken);
        await Task.WhenAll(teams, spells, allocations, referrals, establishment);
        return new MetricInputs(await teams, await spells, await allocations, await referrals, await establishment, extractDate, state.DeclaredHistoryStarts);
    }

    private async Task<List<T>> ReadAsync<T>(string sql, Func<IInputRow, T> map, CancellationToken cancellationToken)
    {
        await Task.Yield(); // each source is read beside the others
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = new List<T>();
        if (connection is SqliteConnection sqlite)
        {
            var handle = sqlite.Handle!;
            SqliteBinding.Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
            using (statement)
            {
                var row = new SqliteStatementRow(statement);
                int step;
                while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    rows.Add(map(row));
                }

                if (step != raw.SQLITE_DONE)
                {
                    SqliteBinding.Check(handle, step);
                }
            }

            return rows;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new DataReaderRow(reader);
        while (reader.Read()) // a row at a time from the buffer: ReadAsync would add a task per row
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(map(columns));
        }

        return rows;
    }
}
