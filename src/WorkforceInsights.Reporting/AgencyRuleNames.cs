using WorkforceInsights.Core.Agency;

namespace WorkforceInsights.Reporting;

/// <summary>The agency rules' names: snake_case in CSV, camelCase in JSON (agency.md), and in words for readers (the register's headings, the pack's table).</summary>
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

    public static string Words(AgencyRule rule) => rule switch
    {
        AgencyRule.Experience => "Experience",
        AgencyRule.PriceCap => "Price cap",
        AgencyRule.Notice => "Notice",
        AgencyRule.References => "References",
        _ => "Cool-off",
    };
}
