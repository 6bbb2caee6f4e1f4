using WorkforceInsights.Data.Loading;

namespace WorkforceInsights.Data.Tests.Loading;

public class TableRowTests
{
    private static readonly ExtractTable s_teams = new("teams", ["team_code", "team_name", "service_area", "locality", ExtractTable.SourceLine], ["team_code"]);

    [Test]
    public void ShouldPutEachValueInItsNamedColumn_WhateverTheOrderTheyAreSetIn()
    {
        var row = new TableRow(s_teams)
        {
            ["locality"] = "Yeovil",
            ["team_code"] = "T1",
            ["service_area"] = "Assessment",
            ["team_name"] = "Team One",
        };

        Assert.That(row.Values, Is.EqualTo(new object?[] { "T1", "Team One", "Assessment", "Yeovil", null }));
        Assert.DoesNotThrow(row.EnsureComplete);
    }

    [Test]
    public void ShouldNameTheColumnAConversionForgot_RatherThanKeepTheLastRowsValue()
    {
        var row = new TableRow(s_teams) { ["team_code"] = "T1", ["team_name"] = "One", ["service_area"] = "A", ["locality"] = "L" };
        row.Clear();
        row["team_code"] = "T2";
        row["team_name"] = "Two";
        row["service_area"] = "B";

        Assert.That(Assert.Throws<InvalidOperationException>(row.EnsureComplete)!.Message, Does.Contain("locality"));
        Assert.That(row.Values[3], Is.Null, "the previous row's locality is not carried over");
    }

    [Test]
    public void ShouldRefuseAColumnTheTableDoesNotHave() =>
        Assert.Throws<ArgumentException>(() => _ = new TableRow(s_teams) { ["team_nmae"] = "typo" });
}
