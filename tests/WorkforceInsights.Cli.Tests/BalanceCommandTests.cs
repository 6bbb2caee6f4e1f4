using System.Text.Json;

namespace WorkforceInsights.Cli.Tests;

/// <summary>`wi balance` and `wi handovers` end to end: CSV with family_id → `wi import` → the JSON of balancing.md.</summary>
public class BalanceCommandTests : TempFolderTest
{
    // Extract date 31 October 2026. Children Looked After has T1 and T2; T3 is in Assessment.
    // W1 (T1, 1 FTE, threshold 14) holds 16: family F1 (C01, C02, since 2024-01-01), C03-C15 (since 2024-02-01: 1,004
    // days each) and C16 (since 2026-10-01: settling). W2 (T1, 0.5 FTE: threshold 7) holds 6. W3 (T2) leaves on
    // 30 November 2026 (a planned end) with C31 and C32; C32 was W1's until May, so has had two social workers this year.
    // W4 (T2, a senior practitioner) holds none: room for 14.
    private const string Teams = "team_code,team_name,service_area\nT1,One,Children Looked After\nT2,Two,Children Looked After\nT3,Three,Assessment\n";

    private const string Workers = """
        worker_id,team_code,role,employment_type,fte,start_date,end_date,qualified_date
        W1,T1,case_holder,permanent,1,2015-01-01,,2010-07-01
        W2,T1,case_holder,permanent,0.5,2015-01-01,,2010-07-01
        W3,T2,case_holder,permanent,1,2015-01-01,2026-11-30,2010-07-01
        W4,T2,senior_practitioner,agency,1,2015-01-01,,2010-07-01
        """;

    private static string Allocations()
    {
        var rows = new List<string> { "child_id,worker_id,start_date,end_date,case_type,Family_ID", "C01,W1,2024-01-01,,CLA,F1", "C02,W1,2024-01-01,,CLA,F1" };
        rows.AddRange(Enumerable.Range(3, 13).Select(i => $"C{i:00},W1,2024-02-01,,CLA,"));
        rows.Add("C16,W1,2026-10-01,,CLA,");
        rows.AddRange(Enumerable.Range(21, 6).Select(i => $"C{i},W2,2024-02-01,,CLA,"));
        rows.AddRange(["C31,W3,2024-02-01,,CLA,", "C32,W1,2025-09-01,2026-05-31,CLA,", "C32,W3,2026-06-01,,CLA,"]);
        return string.Join("\n", rows) + "\n";
    }

    private async Task ImportAsync()
    {
        var input = Directory.CreateDirectory(Path.Combine(Folder, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "teams.csv"), Teams);
        await File.WriteAllTextAsync(Path.Combine(input, "workers.csv"), Workers);
        await File.WriteAllTextAsync(Path.Combine(input, "allocations.csv"), Allocations());
        var import = await WiRun.RunAsync("import", input, "--extract-date", "2026-10-31", "--db", Db);
        Assert.That(import.ExitCode, Is.Zero, import.Output);
    }

    [Test]
    public async Task ShouldMoveTwoChildrenOnTheirOwn_OneWithinTheTeamAndOneAcrossTheArea()
    {
        await ImportAsync();

        var run = await WiRun.RunAsync("balance", "--as-of", "2026-10-31", "--area", "Children Looked After", "--db", Db, "--format", "json");

        // W1 is 2 over. Moving family F1 (2 children, 2 × 1,035 days) or two children on their own (2 × 1,004 days)
        // both move 2 children; the two on their own break less continuity: C03 to W2 (own team, room for 1), then C04
        // to W4 (T1 is full; W3 is leaving). C16 is settling.
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var plan = JsonDocument.Parse(run.Output).RootElement;
        Assert.That(plan.GetProperty("asOf").GetString(), Is.EqualTo("2026-10-31"));
        Assert.That(plan.GetProperty("scope").GetProperty("area").GetString(), Is.EqualTo("Children Looked After"));
        Assert.That(plan.GetProperty("weights").EnumerateObject().Select(w => (w.Name, w.Value.GetDecimal())), Is.EqualTo(new[] { ("CIN", 1m), ("CP", 1m), ("CLA", 1m), ("CL", 1m) }));
        Assert.That(plan.GetProperty("caseHolders").EnumerateArray().Select(h => (h.GetProperty("workerId").GetString(), h.GetProperty("teamCode").GetString(),
                h.GetProperty("threshold").GetDecimal(), h.GetProperty("loadBefore").GetDecimal(), h.GetProperty("loadAfter").GetDecimal())),
            Is.EqualTo(new[] { ("W1", "T1", 14m, 16m, 14m), ("W2", "T1", 7m, 6m, 7m), ("W3", "T2", 14m, 2m, 2m), ("W4", "T2", 14m, 0m, 1m) }));
        Assert.That(plan.GetProperty("moves").EnumerateArray().Select(m => (string.Join("+", m.GetProperty("childIds").EnumerateArray().Select(c => c.GetString())),
                m.GetProperty("familyId").ValueKind, m.GetProperty("fromWorkerId").GetString(), m.GetProperty("toWorkerId").GetString(), m.GetProperty("weight").GetDecimal(), m.GetProperty("continuityDays").GetInt32())),
            Is.EqualTo(new[] { ("C03", JsonValueKind.Null, "W1", "W2", 1m, 1004), ("C04", JsonValueKind.Null, "W1", "W4", 1m, 1004) }));
        Assert.That((plan.GetProperty("residualExcessBefore").GetDecimal(), plan.GetProperty("residualExcess").GetDecimal(), plan.GetProperty("childrenMoved").GetInt32(), plan.GetProperty("continuityCost").GetInt32()),
            Is.EqualTo((2m, 0m, 2, 2008)));
        var protectedUnit = plan.GetProperty("protected").EnumerateArray().Single();
        Assert.That((protectedUnit.GetProperty("childIds")[0].GetString(), protectedUnit.GetProperty("workerId").GetString(), protectedUnit.GetProperty("reason").GetString()), Is.EqualTo(("C16", "W1", "settling")));
    }

    [Test]
    public async Task ShouldKeepATeamsPlanInsideTheTeam()
    {
        await ImportAsync();

        var run = await WiRun.RunAsync("balance", "--as-of", "2026-10-31", "--team", "T1", "--db", Db, "--format", "json");

        // Only W2's one space: C03 moves, and W1 stays 1 over; W4 of T2 is out of the team's reach.
        var plan = JsonDocument.Parse(run.Output).RootElement;
        Assert.That(plan.GetProperty("scope").GetProperty("team").GetString(), Is.EqualTo("T1"));
        Assert.That(plan.GetProperty("moves").EnumerateArray().Select(m => m.GetProperty("toWorkerId").GetString()), Is.EqualTo(new[] { "W2" }));
        Assert.That(plan.GetProperty("residualExcess").GetDecimal(), Is.EqualTo(1m));
    }

    [Test]
    public async Task ShouldListTheChildrenOfALeaver_AndWhetherTheirTeamCanAbsorbThem()
    {
        await ImportAsync();

        var run = await WiRun.RunAsync("handovers", "--as-of", "2026-10-31", "--db", Db, "--format", "json");

        // W3's last day is 30 November, within 56 days. T2's W4 has room for 14: T2 absorbs its 2. T1 has W2's 1 spare.
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.That(report.GetProperty("withinDays").GetInt32(), Is.EqualTo(56));
        Assert.That(report.GetProperty("children").EnumerateArray().Select(c => (c.GetProperty("childId").GetString(), c.GetProperty("workerId").GetString(),
                c.GetProperty("teamCode").GetString(), c.GetProperty("lastDay").GetString(), c.GetProperty("thirdWorkerRisk").GetBoolean())),
            Is.EqualTo(new[] { ("C31", "W3", "T2", "2026-11-30", false), ("C32", "W3", "T2", "2026-11-30", true) }));
        Assert.That(report.GetProperty("teams").EnumerateArray().Select(t => (t.GetProperty("teamCode").GetString(), t.GetProperty("children").GetInt32(),
                t.GetProperty("load").GetDecimal(), t.GetProperty("spareCapacity").GetDecimal(), t.GetProperty("canAbsorb").GetBoolean())),
            Is.EqualTo(new[] { ("T1", 0, 0m, 1m, true), ("T2", 2, 2m, 14m, true) }));
    }

    [TestCase("--team", "T9", "Unknown team 'T9'")]
    [TestCase("--area", "Nowhere", "Unknown service area 'Nowhere'")]
    public async Task ShouldFail_ForAnUnknownTeamOrArea(string option, string value, string message)
    {
        await ImportAsync();

        var run = await WiRun.RunAsync("balance", "--as-of", "2026-10-31", option, value, "--db", Db);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain(message));
    }

    [Test]
    public async Task ShouldFail_WithoutAScope_OrForADateAfterTheExtract()
    {
        await ImportAsync();

        var noScope = await WiRun.RunAsync("balance", "--as-of", "2026-10-31", "--db", Db);
        var tooLate = await WiRun.RunAsync("handovers", "--as-of", "2026-11-01", "--db", Db);

        Assert.That((noScope.ExitCode, tooLate.ExitCode), Is.EqualTo((1, 1)));
        Assert.That(noScope.Error, Does.Contain("--team CODE or --area NAME"));
        Assert.That(tooLate.Error, Does.Contain("after the data's extract date"));
    }

    [Test]
    public async Task ShouldPrintATable_SayingItIsAdvice()
    {
        await ImportAsync();

        var run = await WiRun.RunAsync("balance", "--as-of", "2026-10-31", "--area", "children looked after", "--db", Db);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("advice").And.Contain("2.0 before, 0.0 after; children moved: 2"));
    }
}
