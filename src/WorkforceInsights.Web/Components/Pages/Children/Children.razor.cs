using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Children;

public partial class Children
{
    [SupplyParameterFromQuery(Name = "caseType")]
    public string? CaseType { get; set; }

    protected override IReadOnlyList<(string Title, string[] MetricIds)> Charts => TrendCharts.Children;

    protected override string? CaseTypeFilter => CaseType;
}
