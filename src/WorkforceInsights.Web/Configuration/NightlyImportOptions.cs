using System.ComponentModel.DataAnnotations;

namespace WorkforceInsights.Web.Configuration;

/// <summary>The web app's own nightly import from a drop folder (off unless enabled).</summary>
public sealed class NightlyImportOptions
{
    public const string SectionName = "NightlyImport";

    public bool Enabled { get; set; }

    /// <summary>Local time of day to run, HH:mm.</summary>
    [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "NightlyImport:TimeOfDay must be HH:mm, e.g. 02:00.")]
    public string TimeOfDay { get; set; } = "02:00";

    /// <summary>Where the council's extract job leaves the files; archive/ and rejected/ are made inside it.</summary>
    public string DropFolder { get; set; } = "drop";

    /// <summary>Wait for manifest.json (the extract job's ready marker) before importing: a folder without one is left alone until it arrives.</summary>
    public bool RequireManifest { get; set; }

    public TimeOnly Time => TimeOnly.ParseExact(TimeOfDay, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
