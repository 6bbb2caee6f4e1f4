using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Tests.Reading;

public class ExtractDateTests
{
    [TestCase("2024-04-03", 2024, 4, 3, Description = "ISO")]
    [TestCase("03/04/2024", 2024, 4, 3, Description = "UK order: 3 April, never 4 March")]
    [TestCase("3/4/2024", 2024, 4, 3, Description = "UK without leading zeros")]
    [TestCase("13/04/2024", 2024, 4, 13, Description = "a day above 12 is still day first")]
    [TestCase("2024-04-03 00:00:00", 2024, 4, 3, Description = "ISO with a time part, dropped")]
    [TestCase("2024-04-03T09:30:00", 2024, 4, 3, Description = "ISO with T separator")]
    [TestCase("03/04/2024 00:00", 2024, 4, 3, Description = "Excel's UK date-time")]
    [TestCase(" 29/02/2024 ", 2024, 2, 29, Description = "leap day, surrounding spaces")]
    public void ShouldParseIsoAndUkDates(string text, int year, int month, int day)
    {
        Assert.That(ExtractDate.TryParse(text, out var date), Is.True);
        Assert.That(date, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("04-03-2024", Description = "US-style dashes")]
    [TestCase("2024/04/03", Description = "year first with slashes")]
    [TestCase("31/02/2024", Description = "no 31 February")]
    [TestCase("29/02/2023", Description = "not a leap year")]
    [TestCase("03/04/24", Description = "two-digit year is ambiguous")]
    [TestCase("04/13/2024", Description = "US order: month 13 does not exist")]
    [TestCase("2024-4-3", Description = "ISO needs two-digit month and day")]
    [TestCase("03/04/2024 noon", Description = "time part that is not a time")]
    [TestCase("yesterday")]
    public void ShouldRejectAnythingElse(string text) => Assert.That(ExtractDate.TryParse(text, out _), Is.False);
}
