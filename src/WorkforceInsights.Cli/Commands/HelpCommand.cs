namespace WorkforceInsights.Cli.Commands;

public static class HelpCommand
{
    public const string Usage = """
        wi - WorkforceInsights command line

          wi migrate [--db PATH]                         create or upgrade the database schema
          wi import <folder> [--extract-date yyyy-MM-dd] [--allow-shrink] [--db PATH]
                                                         import the extract files found in <folder> (extract date E:
                                                         the option, else manifest.json, else today)
          wi metrics --as-of yyyy-MM-dd [--db PATH] [--format table|json]
                                                         print the metrics for a reporting date
          wi agency-return --quarter yyyy-Qn [--format csv|json] [--db PATH]
                                                         the quarterly agency return: each agency assignment in post
                                                         in the quarter, checked against the DfE's agency rules
          wi forecast [--as-of yyyy-MM-dd] [--months H] [--extra-asye FTE] [--conversions N]
                      [--leaving-change PCT] [--establishment-change FTE] [--demand-change PCT]
                      [--db PATH] [--format table|json]
                                                         forecast the workforce H months (default 24, at most 36)
                                                         from the extract date, with a scenario, against the plan
          wi sample [--out DIR] [--seed N] [--scale X]   write the synthetic sample council's extracts
          wi quality --as-of yyyy-MM-dd [--db PATH]      list the data-quality findings behind the figures
          wi describe                                    print every metric's definition (Markdown)
          wi balance [--as-of yyyy-MM-dd] (--team CODE | --area NAME) [--db PATH] [--format table|json]
                                                         propose moves that bring case holders within their
                                                         thresholds, keeping families and continuity (advice only)
          wi handovers [--as-of yyyy-MM-dd] [--team CODE | --area NAME] [--db PATH] [--format table|json]
                                                         children about to lose their worker, and whether each
                                                         team can absorb them

        --db is the SQLite database file (default: the web app's database). SQL Server is chosen
        with the environment variables Database__Provider=SqlServer and Database__ConnectionString.
        Agency price caps are set as Agency__Caps__<job type> (pounds an hour; no defaults).
        Exit codes: 0 success; 1 failure (agency-return: also a quarter ending after the extract date); 2 (import) a file was rejected; 3 (import) another import holds the database.
        """;

    public static int Run(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }
}
