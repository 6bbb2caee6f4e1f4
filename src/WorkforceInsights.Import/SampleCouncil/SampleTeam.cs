namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>A team of the synthetic council and its funded social-worker posts.</summary>
internal sealed record SampleTeam(string Code, string Name, string ServiceArea, string Locality, int CaseHolderPosts, int AdultPractitionerPosts, bool HoldsCases)
{
    public const string FrontDoor = "Front Door";
    public const string Assessment = "Assessment";
    public const string FamilySafeguarding = "Family Safeguarding";
    public const string LookedAfter = "Children Looked After";
    public const string CareLeavers = "Care Leavers";
    public const string Disabled = "Disabled Children";
    public const string Leadership = "Leadership";

    private static readonly string[] s_localities = ["Northbridge", "Eastcombe", "Southmere", "Westford"];

    /// <summary>About 20 teams over six service areas, plus the leadership team; more at a larger scale.</summary>
    public static IReadOnlyList<SampleTeam> Create(double scale)
    {
        var teams = new List<SampleTeam> { new("LEAD", "Children's Services Leadership", Leadership, "County Hall", 0, 0, false) };
        void Add(string prefix, string area, int count, int posts, int adultPractitioners, bool holdsCases)
        {
            var scaled = Math.Max(1, (int)Math.Round(count * scale));
            for (var i = 0; i < scaled; i++)
            {
                var locality = s_localities[i % s_localities.Length];
                var code = $"{prefix}{i + 1:00}";
                teams.Add(new(code, $"{area} {locality}{(scaled > s_localities.Length ? $" {(i / s_localities.Length) + 1}" : string.Empty)}", area, locality, posts, adultPractitioners, holdsCases));
            }
        }

        Add("FD", FrontDoor, 2, 11, 0, false);
        Add("AS", Assessment, 3, 10, 0, true);
        Add("FS", FamilySafeguarding, 6, 13, 3, true);
        Add("LA", LookedAfter, 5, 16, 0, true);
        Add("CL", CareLeavers, 2, 10, 0, true);
        Add("DC", Disabled, 2, 9, 0, true);
        return teams;
    }
}
