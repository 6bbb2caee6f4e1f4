using System.Text;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Tests.Reading;

public class FileFingerprintTests
{
    [Test]
    public void ShouldDetectWindows1252WhenBytesAreNotUtf8()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "a,b\n£5,café’s\n", FileFingerprint.Windows1252);
        Assert.That(FileFingerprint.Of(path).EncodingName, Is.EqualTo("Windows-1252"));
        File.Delete(path);
    }

    [Test]
    public void ShouldReportUtf8WithAndWithoutBom()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "a\n£\n", new UTF8Encoding(true));
        Assert.That(FileFingerprint.Of(path).EncodingName, Is.EqualTo("UTF-8 (BOM)"));
        File.WriteAllText(path, "a\n£\n", new UTF8Encoding(false));
        Assert.That(FileFingerprint.Of(path).EncodingName, Is.EqualTo("UTF-8"));
        File.Delete(path);
    }

    [Test]
    public void ShouldGiveTheSameHashForTheSameBytesOnly()
    {
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        File.WriteAllText(first, "x,y\n1,2\n");
        File.WriteAllText(second, "x,y\n1,2\n");
        Assert.That(FileFingerprint.Of(first).Sha256, Is.EqualTo(FileFingerprint.Of(second).Sha256));
        File.WriteAllText(second, "x,y\n1,3\n");
        Assert.That(FileFingerprint.Of(first).Sha256, Is.Not.EqualTo(FileFingerprint.Of(second).Sha256));
        File.Delete(first);
        File.Delete(second);
    }
}
