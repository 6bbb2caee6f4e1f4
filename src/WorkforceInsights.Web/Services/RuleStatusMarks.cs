using WorkforceInsights.Core.Agency;

namespace WorkforceInsights.Web.Services;

/// <summary>How the register shows a rule's status: a symbol and a colour beside the words, never the colour alone.</summary>
public static class RuleStatusMarks
{
    public static string Symbol(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Met => "✔",
        RuleOutcome.Breach => "✘",
        RuleOutcome.NotRecorded => "?",
        _ => "–",
    };

    /// <summary>The status class of site.css: better (met), worse (breach), else plain.</summary>
    public static string CssClass(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Met => "status status-better",
        RuleOutcome.Breach => "status status-worse",
        _ => "status status-nodata",
    };

    /// <summary>Whether the register prints the reason under the status: where someone has to act (breach, not recorded).</summary>
    public static bool ShowsReason(RuleOutcome outcome) => outcome is RuleOutcome.Breach or RuleOutcome.NotRecorded;
}
