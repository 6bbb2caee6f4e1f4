namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>
/// Generates a fictional county's extracts (Westmoor): about 350 social workers in about 20 teams,
/// about 3,000 open children and eight years of history, whose figures tell the story of a
/// council that turned its workforce round. Deterministic for a given seed and scale.
/// </summary>
public static class SampleCouncilGenerator
{
    public static void WriteTo(string folder, SampleCouncilOptions options)
    {
        var random = new Random(options.Seed);
        var teams = SampleTeam.Create(options.Scale);
        var workforce = new SampleWorkforce(random, teams, options.Scale);
        var caseload = new SampleCaseload(random, workforce, options.Scale);
        var start = options.HistoryStart;
        workforce.Seed(start);
        caseload.Seed(start);
        for (var day = start; day <= options.ExtractDate; day = day.AddDays(1))
        {
            workforce.Step(day);
            caseload.Step(day);
        }

        var families = SampleFamilies.Group(workforce.AllSpells);
        caseload.WriteOpenAllocations();
        caseload.CloseFiles(options.ExtractDate);
        var terms = SampleAgencyTerms.Draw(options.Seed, workforce.AllSpells, options.ExtractDate);
        SampleCsvWriter.Write(folder, start, options.ExtractDate, teams, workforce.AllSpells, terms, caseload.Allocations, caseload.Referrals, families);
    }
}
