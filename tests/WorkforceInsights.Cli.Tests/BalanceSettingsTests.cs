namespace WorkforceInsights.Cli.Tests;

/// <summary>An invalid Balancing setting stops `wi` before it plans, naming the key (environment variables, as a council's scheduler sets them).</summary>
[NonParallelizable]
public class BalanceSettingsTests : TempFolderTest
{
    [Test]
    public async Task ShouldRefuseAnInvalidSetting_NamingTheKey()
    {
        Environment.SetEnvironmentVariable("Balancing__SettleDays", "-5");
        try
        {
            var run = await WiRun.RunAsync("balance", "--as-of", "2026-10-31", "--team", "T1", "--db", Db);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("Balancing:SettleDays"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Balancing__SettleDays", null);
        }
    }
}
