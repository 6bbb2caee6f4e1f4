using System.Text;
using System.Text.RegularExpressions;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Cli.Tests;

/// <summary>
/// Reads the product's Markdown (README.md and docs/*.md) as GitHub renders it: the links and images outside
/// code, and the anchors its headings get, so the docs tests can check that every reference lands somewhere.
/// </summary>
public static partial class MarkdownDocs
{
    /// <summary>A link or image in a page: the page it is in (repository-relative) and its target as written.</summary>
    public sealed record Reference(string Page, string Target, bool IsImage);

    /// <summary>README.md and every docs/*.md, repository-relative with forward slashes.</summary>
    public static IReadOnlyList<string> Pages() =>
        ["README.md", .. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal).Select(f => "docs/" + Path.GetFileName(f))];

    public static string FullPath(string repositoryRelative) => Path.Combine(RepositoryPaths.Root, repositoryRelative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Every inline link and image outside fenced code and code spans (a path in backticks is not a link).</summary>
    public static IEnumerable<Reference> ReferencesIn(string page) =>
        ProseLines(File.ReadAllLines(FullPath(page)))
            .SelectMany(line => LinkPattern().Matches(CodeSpan().Replace(line, string.Empty)))
            .Select(m => new Reference(page, m.Groups["target"].Value, m.Groups["bang"].Success));

    /// <summary>Relative targets only: web addresses and mail links are not files of this repository.</summary>
    public static bool IsRelative(Reference reference) => !ExternalTarget().IsMatch(reference.Target);

    /// <summary>The repository-relative file a relative target names (the page itself for "#anchor"), or null if it escapes the repository.</summary>
    public static string? ResolvedFile(Reference reference)
    {
        var path = reference.Target.Split('#')[0];
        if (path.Length == 0)
        {
            return reference.Page;
        }

        var folder = Path.GetDirectoryName(FullPath(reference.Page))!;
        var full = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path)));
        return full.StartsWith(RepositoryPaths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(RepositoryPaths.Root, full).Replace(Path.DirectorySeparatorChar, '/')
            : null;
    }

    /// <summary>The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered.</summary>
    public static IReadOnlySet<string> AnchorsOf(string page)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ProseLines(File.ReadAllLines(FullPath(page))))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var slug = Slug(heading.Groups["text"].Value);
            var anchor = slug;
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    private static string Slug(string heading)
    {
        var text = LinkPattern().Replace(heading, m => m.Groups["text"].Value).Replace("`", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal);
        var slug = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>The lines outside fenced code blocks, where Markdown is prose.</summary>
    private static IEnumerable<string> ProseLines(IEnumerable<string> lines)
    {
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"(?<bang>!)?\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalTarget();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
