using System.Globalization;
using System.Text;

namespace FunnelCrm.Cli.Formats;

/// <summary>
/// User text as it may be echoed in a message: control characters, undecodable bytes, lone surrogates and invisible
/// formatting characters become '?', and long text is cut, so that binary junk is never written back to the terminal.
/// </summary>
public static class Shown
{
    /// <summary>The longest text echoed.</summary>
    public const int MaxLength = 60;

    /// <summary>The text in single quotes, made safe and short.</summary>
    public static string Quoted(string text) => "'" + Safe(text) + "'";

    /// <summary>The text made safe and short.</summary>
    public static string Safe(string text) => Clean(text, MaxLength);

    /// <summary>The text made safe, at any length.</summary>
    public static string Clean(string text) => Clean(text, int.MaxValue);

    /// <summary>Whether the text holds a control character, an undecodable byte or a lone surrogate.</summary>
    public static bool HasJunk(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) || text[i] == '\uFFFD' || IsLoneSurrogate(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static string Clean(string text, int maxLength)
    {
        var shown = new StringBuilder(System.Math.Min(text.Length, maxLength) + 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (shown.Length >= maxLength)
            {
                return shown.Append('…').ToString();
            }

            var c = text[i];
            var junk = char.IsControl(c) || c == '\uFFFD' || IsLoneSurrogate(text, i) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
            shown.Append(junk ? '?' : c);
        }

        return shown.ToString();
    }

    private static bool IsLoneSurrogate(string text, int i) =>
        (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
        || (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
}
