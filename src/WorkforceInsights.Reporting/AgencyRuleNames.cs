using WorkforceInsights.Core.Agency;

namespace WorkforceInsights.Reporting;

/// <summary>The agency rules' names in the return: snake_case in CSV, camelCase in JSON (agency.md).</summary>
public static class AgencyRuleNames
{
    public static string Snake(AgencyRule rule) => rule switch
    {
        AgencyRule.Experience => "experience",
        AgencyRule.PriceCap => "price_cap",
        AgencyRule.Notice => "notice",
        AgencyRule.References => "references",
        _ => "cool_off",
    };

    public static string Camel(AgencyRule rule) => rule switch
    {
        AgencyRule.Experience => "experience",
        AgencyRule.PriceCap => "priceCap",
        AgencyRule.Notice => "notice",
        AgencyRule.References => "references",
        _ => "coolOff",
    };
}
