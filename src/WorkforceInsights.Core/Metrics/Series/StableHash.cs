namespace WorkforceInsights.Core.Metrics.Series;

/// <summary>
/// A 64-bit hash of a row's fields that is the same in every process and on every machine (string.GetHashCode is
/// randomised per process), so a refresh can compare the digest it stores with the next refresh's.
/// </summary>
internal struct StableHash
{
    private const ulong Prime = 1099511628211UL;
    private ulong _state;

    public StableHash(int kind) => _state = 14695981039346656037UL ^ (ulong)kind;

    public StableHash Add(string? value)
    {
        if (value is null)
        {
            return Add(-1L);
        }

        foreach (var c in value)
        {
            _state = (_state ^ c) * Prime;
        }

        return Add(value.Length);
    }

    public StableHash Add(long value)
    {
        _state = Mix(_state ^ (ulong)value);
        return this;
    }

    public StableHash Add(DateOnly? value) => Add(value is { } date ? date.DayNumber : -1L);

    public StableHash Add(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return Add(((long)bits[0] << 32) | (uint)bits[1]).Add(((long)bits[2] << 32) | (uint)bits[3]);
    }

    public readonly ulong Value => Mix(_state);

    /// <summary>SplitMix64's finaliser: every input bit moves about half the output bits, so sums of row hashes do not cancel.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
