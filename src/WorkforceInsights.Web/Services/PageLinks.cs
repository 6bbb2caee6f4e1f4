using Microsoft.AspNetCore.WebUtilities;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Web.Services;

/// <summary>Links between pages that keep the reader's filters (reporting date, service area, team) in the URL.</summary>
public static class PageLinks
{
    /// <summary>The address of the page that shows a metric in depth.</summary>
    public static string PathOf(DashboardPage page) => page switch
    {
        DashboardPage.Workforce => "/workforce",
        DashboardPage.Caseloads => "/caseloads",
        DashboardPage.Children => "/children",
        DashboardPage.Changes => "/changes",
        DashboardPage.ReferralsAndDemand => "/referrals",
        DashboardPage.DataStatus => "/data",
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, "A page with no address."),
    };

    /// <param name="path">The page, e.g. "/caseloads".</param>
    /// <param name="asOf">The reporting date the URL names, or null for the latest.</param>
    /// <param name="serviceArea">The service area, or null.</param>
    /// <param name="team">The team code, or null.</param>
    public static string To(string path, DateOnly? asOf, string? serviceArea, string? team) =>
        QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
        {
            [ReportingDate.QueryName] = asOf is { } d ? ReportingDate.Key(d) : null,
            ["area"] = string.IsNullOrEmpty(serviceArea) ? null : serviceArea,
            ["team"] = string.IsNullOrEmpty(team) ? null : team,
        }.Where(p => p.Value is not null));
}
