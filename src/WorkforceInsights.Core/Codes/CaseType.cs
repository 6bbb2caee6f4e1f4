namespace WorkforceInsights.Core.Codes;

/// <summary>The kind of case a child's allocation is for.</summary>
public enum CaseType
{
    /// <summary>Child in need.</summary>
    CIN,

    /// <summary>Child protection plan.</summary>
    CP,

    /// <summary>Child looked after.</summary>
    CLA,

    /// <summary>Care leaver.</summary>
    CL,
}
