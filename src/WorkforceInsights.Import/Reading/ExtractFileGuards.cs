using System.Globalization;

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// Checks on an extract file before it is opened: it is a regular file (a link or reparse point is not followed, so
/// a drop folder cannot be made to read a file elsewhere), and not larger than any council's extract should be.
/// </summary>
public static class ExtractFileGuards
{
    /// <summary>4 GiB: about ten times the largest extract of the largest English council.</summary>
    public const long MaxFileBytes = 4L << 30;

    public static void Check(string path)
    {
        var file = new FileInfo(path);
        if (file.LinkTarget is not null || file.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            throw new InvalidDataException($"{file.Name} is a link, not a file: links are not followed. Copy the file itself into the folder.");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{file.Name} is {file.Length / 1048576.0:N0} MB, over the {MaxFileBytes / 1048576:N0} MB an extract may be: is it the right file?"));
        }
    }
}
