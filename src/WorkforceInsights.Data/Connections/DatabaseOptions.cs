using System.ComponentModel.DataAnnotations;

namespace WorkforceInsights.Data.Connections;

/// <summary>Which database to use. Section "Database" in appsettings or environment (Database__Provider).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file. Relative paths are resolved against the current directory.</summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>SQL Server connection string (Provider = SqlServer only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The one default database shared by the web app and the `wi` CLI, in the user's local
    /// application data folder, so both find the same file whatever directory they start in.
    /// </summary>
    public static string DefaultSqlitePath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "WorkforceInsights",
        "workforce.db");

    public IEnumerable<ValidationResult> Validate()
    {
        if (Provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Database:ConnectionString is required when Database:Provider is SqlServer.",
                [nameof(ConnectionString)]);
        }

        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(SqlitePath))
        {
            yield return new ValidationResult("Database:SqlitePath must name a file.", [nameof(SqlitePath)]);
        }
    }
}
