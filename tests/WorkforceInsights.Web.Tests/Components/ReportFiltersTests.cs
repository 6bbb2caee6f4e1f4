using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Web.Components.Filters;

namespace WorkforceInsights.Web.Tests.Components;

/// <summary>The filters keep their state in the URL: choosing navigates, so a link reproduces the view.</summary>
public class ReportFiltersTests : ComponentTest
{
    private static readonly Team[] s_teams =
    [
        new("FS01", "Family Safeguarding Northbridge 1", "Family Safeguarding", null),
        new("AS01", "Assessment North", "Assessment", null),
    ];

    private static readonly DateOnly[] s_dates = [new(2025, 9, 30), new(2025, 10, 31)];

    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<ReportFilters> RenderFilters(string? area = null, bool caseTypes = false) => Context.Render<ReportFilters>(p => p
        .Add(f => f.Teams, s_teams)
        .Add(f => f.Dates, s_dates)
        .Add(f => f.ServiceArea, area)
        .Add(f => f.CaseTypes, caseTypes));

    private static Task ChooseAsync(IRenderedComponent<ReportFilters> cut, string filterId, string? value) =>
        cut.InvokeAsync(() => cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes["id"]!.Equals(filterId)).Instance.ValueChanged.InvokeAsync(value));

    [Test]
    public async Task ShouldPutTheChosenReportingDateInTheUrl()
    {
        Navigation.NavigateTo("/overview?area=Assessment");
        var cut = RenderFilters("Assessment");

        await ChooseAsync(cut, "filter-as-of", "2025-09-30");

        Assert.That(Navigation.Uri, Does.EndWith("/overview?area=Assessment&asOf=2025-09-30"));
    }

    [Test]
    public async Task ShouldReplaceTheTeamAndCaseType_WhenAServiceAreaIsChosen()
    {
        Navigation.NavigateTo("/children?team=FS01&caseType=CP&asOf=2025-09-30");
        var cut = RenderFilters(caseTypes: true);

        await ChooseAsync(cut, "filter-area", "Assessment");

        Assert.That(Navigation.Uri, Does.EndWith("/children?asOf=2025-09-30&area=Assessment"));
    }

    [Test]
    public void ShouldOfferOnlyTheChosenAreasTeams()
    {
        var cut = RenderFilters("Assessment");

        var team = cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes["id"]!.Equals("filter-team"));
        var offered = team.FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value);
        Assert.That(offered, Is.EqualTo(new[] { "\u2205", "AS01" }), "all teams in the area, then its one team");
    }

    [Test]
    public async Task ShouldTakeTheFilterOutOfTheUrl_WhenItsNoChoiceOptionIsChosen()
    {
        Navigation.NavigateTo("/workforce?asOf=2025-09-30&area=Assessment");
        var cut = RenderFilters("Assessment");

        await ChooseAsync(cut, "filter-as-of", "\u2205");

        Assert.That(Navigation.Uri, Does.EndWith("/workforce?area=Assessment"));
    }
}
