namespace WorkforceInsights.Core.Agency;

/// <summary>The rules of the DfE's agency guidance that the register checks, in the return's column order.</summary>
public enum AgencyRule
{
    Experience,
    PriceCap,
    Notice,
    References,
    CoolOff,
}
