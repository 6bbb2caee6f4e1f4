using System.Text;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Core.Tests.Periods;

/// <summary>The one yyyy-MM-dd form: the same date from text and from SQLite's UTF-8 bytes, and the same refusals.</summary>
public class IsoDateTests
{
    [TestCase("2024-02-29", 2024, 2, 29)]
    [TestCase("0001-01-01", 1, 1, 1)]
    public void ShouldReadTheSameDate_FromTextAndFromUtf8Bytes(string text, int year, int month, int day)
    {
        Assert.That(IsoDate.Parse(text), Is.EqualTo(new DateOnly(year, month, day)));
        Assert.That(IsoDate.Parse(Encoding.UTF8.GetBytes(text)), Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("2023-02-29", Description = "no 29 February in 2023")]
    [TestCase("2024-13-01", Description = "no 13th month")]
    [TestCase("2024-1-01", Description = "not the ISO shape")]
    [TestCase("01/02/2024", Description = "a UK date")]
    public void ShouldRefuseWhatIsNotAnIsoDate_FromTextAndFromUtf8Bytes(string text)
    {
        Assert.That(() => IsoDate.Parse(text), Throws.InstanceOf<ArgumentOutOfRangeException>().Or.InstanceOf<FormatException>());
        Assert.That(() => IsoDate.Parse(Encoding.UTF8.GetBytes(text)), Throws.InstanceOf<ArgumentOutOfRangeException>().Or.InstanceOf<FormatException>());
    }
}
