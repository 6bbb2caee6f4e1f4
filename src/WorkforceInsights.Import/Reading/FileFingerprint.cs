using System.Security.Cryptography;
using System.Text;

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// One streaming pass over a file's bytes: its SHA-256 (to spot an identical re-import) and its
/// encoding. Council files arrive as UTF-8 (with or without BOM) or as Windows-1252 from Excel's
/// "Save as CSV"; a file that is not valid UTF-8 throughout is read as Windows-1252.
/// </summary>
public sealed record FileFingerprint(string Sha256, Encoding Encoding, string EncodingName, long Length)
{
    private const int ChunkSize = 1 << 16;

    public static Encoding Windows1252 { get; } = CreateWindows1252();

    public static FileFingerprint Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[ChunkSize];
        var chars = new char[ChunkSize + 4];
        var validUtf8 = true;
        var hasBom = false;
        long length = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (length == 0)
            {
                hasBom = read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF;
            }

            hash.AppendData(buffer, 0, read);
            length += read;
            validUtf8 = validUtf8 && TryDecode(decoder, buffer, read, chars, flush: false);
        }

        validUtf8 = validUtf8 && TryDecode(decoder, buffer, 0, chars, flush: true);
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        return validUtf8
            ? new FileFingerprint(sha, new UTF8Encoding(false), hasBom ? "UTF-8 (BOM)" : "UTF-8", length)
            : new FileFingerprint(sha, Windows1252, "Windows-1252", length);
    }

    private static bool TryDecode(Decoder decoder, byte[] bytes, int count, char[] chars, bool flush)
    {
        try
        {
            decoder.GetChars(bytes, 0, count, chars, 0, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
