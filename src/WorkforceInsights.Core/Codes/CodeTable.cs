using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace WorkforceInsights.Core.Codes;

/// <summary>
/// The words (and DfE numeric codes) that extracts use for one code list, and the canonical
/// word stored in the database. Matching ignores case and surrounding spaces (extracts.md).
/// </summary>
public sealed class CodeTable<TCode> where TCode : struct, Enum
{
    private readonly FrozenDictionary<string, TCode> _byText;
    private readonly FrozenDictionary<TCode, string> _words;

    public CodeTable(IEnumerable<(TCode Code, string Word, string? DfeCode)> entries)
    {
        var list = entries.ToList();
        var byText = new Dictionary<string, TCode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, word, dfeCode) in list)
        {
            byText[word] = code;
            if (dfeCode is not null)
            {
                byText[dfeCode] = code;
            }
        }

        _byText = byText.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _words = list.ToFrozenDictionary(e => e.Code, e => e.Word);
        var values = list.Select(e => Convert.ToInt64(e.Code, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        _wordByValue = new string?[values.Count > 0 && values.All(v => v is >= 0 and < 256) ? values.Max() + 1 : 0];
        for (var i = 0; _wordByValue.Length > 0 && i < list.Count; i++)
        {
            _wordByValue[values[i]] = list[i].Word;
        }

        AllowedValues = string.Join(", ", list.Select(e => e.Word));
    }

    /// <summary>The accepted words, for error messages and documentation.</summary>
    public string AllowedValues { get; }

    public bool TryParse(string? text, out TCode code) =>
        _byText.TryGetValue(text?.Trim() ?? string.Empty, out code);

    public TCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not one of: {AllowedValues}.");

    /// <summary>The canonical word, as stored in the database and written to extracts.</summary>
    /// <remarks>By the code's value from an array: the series splits every fact of every date by its codes.</remarks>
    public string Word(TCode code) =>
        Unsafe.SizeOf<TCode>() == sizeof(int) && Unsafe.BitCast<TCode, int>(code) is var value && (uint)value < (uint)_wordByValue.Length && _wordByValue[value] is { } word
            ? word
            : _words[code];

    private readonly string?[] _wordByValue;
}
