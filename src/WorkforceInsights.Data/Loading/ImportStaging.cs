using System.Data.Common;
using Dapper;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// What both engines' staging share: the list of accepted tables and the swap's one transaction, which replaces each
/// accepted table, raises the data generation once and marks the run's staged files loaded. Marking them loaded in the
/// same commit matters: a run killed before it would otherwise leave files the next import's checksum check calls
/// unchanged, and their data would never load.
/// </summary>
internal abstract class ImportStaging(DbConnection connection, DatabaseProvider provider) : IImportStaging
{
    private readonly string _raiseGeneration = SqlQuery.Load("state/raise_generation", provider);
    private readonly string _loadStagedFiles = SqlQuery.Load("audit/load_staged_files", provider);
    private readonly string _setHistoryStart = SqlQuery.Load("state/set_history_start", provider);
    private readonly List<ExtractTable> _accepted = [];
    private readonly List<(Core.Metrics.History.HistorySource Kind, DateOnly? Start)> _historyStarts = [];

    protected DbConnection Connection => connection;

    public IReadOnlyList<ExtractTable> Accepted => _accepted;

    public abstract Task<ITableReplacement> StageAsync(ExtractTable table, Action<object?[]> onDuplicateKey, CancellationToken cancellationToken = default);

    public void DeclareHistoryStart(Core.Metrics.History.HistorySource kind, DateOnly? historyStart) => _historyStarts.Add((kind, historyStart));

    /// <summary>Called by a table's staging when the file is accepted.</summary>
    internal void Accept(ExtractTable table) => _accepted.Add(table);

    public async Task SwapAllAsync(long runId, DateOnly extractDate, CancellationToken cancellationToken = default)
    {
        if (_accepted.Count == 0)
        {
            return;
        }

        await using var transaction = await BeginSwapAsync(cancellationToken);
        // No command timeout: copying a large council's tables can take longer than the default 30 s.
        foreach (var table in _accepted)
        {
            await connection.ExecuteAsync(new CommandDefinition(Swap(table), transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(_raiseGeneration, new { extractDate }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        foreach (var (kind, start) in _historyStarts)
        {
            await connection.ExecuteAsync(new CommandDefinition(_setHistoryStart, new { kind = State.DataStateStore.KindWord(kind), historyStart = start, raise = 0 }, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(_loadStagedFiles, new { runId, loaded = ImportOutcome.Loaded, staged = ImportOutcome.Staged },
            transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The swap's transaction (SQLite takes the write lock at its start, so it never fails part-way for want of it).</summary>
    protected abstract Task<DbTransaction> BeginSwapAsync(CancellationToken cancellationToken);

    /// <summary>The statements that replace one table's rows with its staged rows (inside the swap's transaction).</summary>
    protected abstract string Swap(ExtractTable table);

    public virtual ValueTask DisposeAsync() => connection.DisposeAsync();
}
