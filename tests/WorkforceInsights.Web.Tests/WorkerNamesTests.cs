using System.Text.RegularExpressions;

namespace WorkforceInsights.Web.Tests;

/// <summary>Names are personal data: shown only where Dashboard:ShowWorkerNames allows; ids otherwise.</summary>
public partial class WorkerNamesTests
{
    [TestCase(null, false, TestName = "ShouldShowWorkerIdsOnly_ByDefault")]
    [TestCase("true", true, TestName = "ShouldShowNamesBesideIds_WhenTheSettingAllows")]
    public async Task ShouldShowNamesOnlyWhereConfigurationAllows(string? setting, bool namesShown)
    {
        using var app = new SampleCouncilApp(settings: setting is null ? null : new Dictionary<string, string> { ["Dashboard:ShowWorkerNames"] = setting });
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/caseloads");

        Assert.That(html, Does.Contain("data-testid=\"case-holders\""));
        Assert.That(IdWithName().IsMatch(html), Is.EqualTo(namesShown));
    }

    [GeneratedRegex(@"<th scope=""row""[^>]*>(E|AG)\d{5} \(\p{L}+ [\p{L}']+\)</th>")]
    private static partial Regex IdWithName();
}
