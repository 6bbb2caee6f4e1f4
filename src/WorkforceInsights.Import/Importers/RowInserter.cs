using System.Collections.Concurrent;
using WorkforceInsights.Data.Loading;

namespace WorkforceInsights.Import.Importers;

/// <summary>
/// Inserts a file's checked rows on a second thread while the first reads and checks the next ones: reading and
/// inserting each take about half of a load, so on two cores the load takes little more than the longer half.
/// Rows go over in batches whose arrays are reused, and in file order. The table replacement is only ever used by one
/// thread at a time: the inserting thread until <see cref="CompleteAsync"/> returns, then the caller's.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private const int BatchRows = 1_000;

    /// <summary>Batches waiting to be inserted: a few, so a slow database holds the reader back instead of filling memory.</summary>
    private readonly BlockingCollection<Batch> _full = new(boundedCapacity: 4);

    private readonly ConcurrentBag<Batch> _free = [];
    private readonly CancellationTokenSource _failed = new();
    private readonly int _columns;
    private readonly Task _inserting;
    private Batch _current;

    public RowInserter(ITableReplacement replacement, int columns)
    {
        _columns = columns;
        _current = new Batch(columns);
        // A thread of its own, not the pool's: the reader blocks while the queue is full, and must never wait for a pool thread.
        _inserting = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var batch in _full.GetConsumingEnumerable(_failed.Token))
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        replacement.Insert(batch.Rows[i]);
                    }

                    batch.Count = 0;
                    _free.Add(batch);
                }
            }
            catch
            {
                _failed.Cancel(); // a reader waiting on a full queue stops, and sees this error
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Queues a copy of the row (the caller reuses its array).</summary>
    public void Add(object?[] values)
    {
        Array.Copy(values, _current.Rows[_current.Count++], _columns);
        if (_current.Count == BatchRows)
        {
            Send();
        }
    }

    /// <summary>Inserts what is queued and waits for it; throws the inserting thread's error if it had one.</summary>
    public async Task CompleteAsync()
    {
        if (_current.Count > 0)
        {
            Send();
        }

        _full.CompleteAdding();
        await _inserting;
    }

    /// <summary>Stops the inserting thread without waiting for what is queued to matter (the load failed; the caller rolls back).</summary>
    public async Task AbandonAsync()
    {
        _failed.Cancel();
        _full.CompleteAdding();
        try
        {
            await _inserting;
        }
        catch (Exception)
        {
            // The load is failing already with the reader's error, which is the one to report.
        }
    }

    public void Dispose()
    {
        _full.Dispose();
        _failed.Dispose();
    }

    private void Send()
    {
        try
        {
            _full.Add(_current, _failed.Token);
        }
        catch (OperationCanceledException)
        {
            _inserting.GetAwaiter().GetResult(); // throws the inserting thread's error
            throw;
        }

        _current = _free.TryTake(out var reused) ? reused : new Batch(_columns);
    }

    private sealed class Batch(int columns)
    {
        public object?[][] Rows { get; } = [.. Enumerable.Range(0, BatchRows).Select(_ => new object?[columns])];

        public int Count { get; set; }
    }
}
