using System.Text.RegularExpressions;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// Names are personal data (access.md): shown beside ids only where Dashboard:ShowWorkerNames allows, and then
/// only to an operations manager within scope; a Leader sees ids.
/// </summary>
public partial class WorkerNamesTests
{
    [TestCase(null, "OperationsManager", "team:FS01", false, TestName = "ShouldShowWorkerIdsOnly_ByDefault")]
    [TestCase("true", "OperationsManager", "team:FS01", true, TestName = "ShouldShowNamesBesideIds_ToAnOperationsManagerWithinScope_WhenTheSettingAllows")]
    [TestCase("true", "Leader", null, false, TestName = "ShouldShowALeaderIdsOnly_EvenWhenTheSettingAllowsNames")]
    public async Task ShouldShowNamesOnlyWhereConfigurationAndRoleAllow(string? setting, string role, string? scope, bool namesShown)
    {
        using var app = new SampleCouncilApp(settings: setting is null ? null : new Dictionary<string, string> { ["Dashboard:ShowWorkerNames"] = setting });
        using var client = await app.SignedInClientAsync(role, scope);

        var html = await client.GetStringAsync("/caseloads?area=Family%20Safeguarding&team=FS01");

        Assert.That(html, Does.Contain("data-testid=\"case-holders\""));
        Assert.That(IdWithName().IsMatch(html), Is.EqualTo(namesShown));
    }

    [GeneratedRegex(@"<th scope=""row""[^>]*>(E|AG)\d{5} \(\p{L}+ [\p{L}']+\)</th>")]
    private static partial Regex IdWithName();
}
