using System.Data.Common;

namespace WorkforceInsights.Data.Connections;

/// <summary>
/// Opens one connection per operation. Registered as a singleton; never hold a connection for a
/// Blazor circuit's lifetime.
/// </summary>
public interface IDbConnectionFactory
{
    DatabaseProvider Provider { get; }

    /// <summary>Where the data lives, for messages (never includes a password).</summary>
    string Describe();

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
