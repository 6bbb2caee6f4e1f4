using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>
/// The axe-core check every page passes: no serious or critical violation of the WCAG 2.0-2.2 A and AA rules (the
/// product's legal duty). Only violations are gathered: axe's details of every passing element cost seconds a page.
/// </summary>
public static class Accessibility
{
    private static readonly AxeRunOptions s_wcagViolations = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Each serious or critical violation on the page, described with up to three of its elements (none: the page passes).</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(s_wcagViolations);
        return [.. results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")];
    }
}
