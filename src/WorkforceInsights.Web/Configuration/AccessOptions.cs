using System.ComponentModel.DataAnnotations;

namespace WorkforceInsights.Web.Configuration;

/// <summary>The access log and the server's own limits (section "Access").</summary>
public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>Access-log rows older than this are purged (daily, and at start).</summary>
    [Range(1, 3650)]
    public int AuditRetentionDays { get; set; } = 400;

    /// <summary>Downloads one signed-in user may make per minute.</summary>
    [Range(1, 10_000)]
    public int DownloadsPerMinute { get; set; } = 120;

    /// <summary>Where Data Protection keys (which protect the sign-in cookie) are kept, so sign-in survives a restart and a second instance; default beside the SQLite file.</summary>
    public string? KeysFolder { get; set; }
}
