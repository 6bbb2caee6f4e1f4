namespace WorkforceInsights.Data.Loading;

public enum InsertOutcome
{
    Inserted,

    /// <summary>The row repeats a key already loaded from the same file.</summary>
    DuplicateKey,
}
