namespace WorkforceInsights.Core.Codes;

/// <summary>
/// Why a child's social worker changed, as the DfE's looked-after children return (SSDA903 SW_REASON) and the
/// Standard Safeguarding Dataset (invo_worker_change_reason) record it (extracts.md, allocations.csv change_reason).
/// </summary>
public enum ChangeReason
{
    /// <summary>MANAGE: a management decision (e.g. rebalancing caseloads).</summary>
    MANAGE,

    /// <summary>FCONTA: first contact or re-referral.</summary>
    FCONTA,

    /// <summary>LEFTRL: the previous worker left the role.</summary>
    LEFTRL,

    /// <summary>ORGRST: an organisational restructure.</summary>
    ORGRST,

    /// <summary>TSPROC: a transfer as part of the case process (e.g. assessment to a long-term team).</summary>
    TSPROC,

    /// <summary>ABSENC: the previous worker was absent.</summary>
    ABSENC,

    /// <summary>CHCHAN: the child asked for a change.</summary>
    CHCHAN,

    /// <summary>PCCHAN: the parent or carer asked for a change.</summary>
    PCCHAN,

    /// <summary>SWDIED: the previous worker died.</summary>
    SWDIED,

    /// <summary>OTHERS: another reason.</summary>
    OTHERS,
}

/// <summary>The reasons in words, for readers ("Previous worker left"), with the code beside them where shown.</summary>
public static class ChangeReasons
{
    public static string Words(ChangeReason reason) => reason switch
    {
        ChangeReason.MANAGE => "Management decision",
        ChangeReason.FCONTA => "First contact or re-referral",
        ChangeReason.LEFTRL => "Previous worker left",
        ChangeReason.ORGRST => "Organisational restructure",
        ChangeReason.TSPROC => "Transfer as part of the case process",
        ChangeReason.ABSENC => "Previous worker absent",
        ChangeReason.CHCHAN => "The child asked",
        ChangeReason.PCCHAN => "The parent or carer asked",
        ChangeReason.SWDIED => "Previous worker died",
        _ => "Other",
    };

    public static IReadOnlyList<ChangeReason> All { get; } = Enum.GetValues<ChangeReason>();
}
