using System.Text;

namespace FunnelCrm.Cli.Formats;

/// <summary>
/// User text as it may be echoed in a message: control characters, undecodable bytes and other invisible characters
/// become '?', and long text is cut, so that binary junk is never written back to the terminal.
/// </summary>
public static class Shown
{
    /// <summary>The longest text echoed.</summary>
    public const int MaxLength = 60;

    /// <summary>The text in single quotes, made safe and short.</summary>
    public static string Quoted(string text) => "'" + Safe(text) + "'";

    /// <summary>The text made safe and short.</summary>
    public static string Safe(string text)
    {
        var shown = new StringBuilder(System.Math.Min(text.Length, MaxLength + 1));
        foreach (var c in text)
        {
            if (shown.Length == MaxLength)
            {
                return shown.Append('…').ToString();
            }

            shown.Append(IsJunk(c) ? '?' : c);
        }

        return shown.ToString();
    }

    /// <summary>The text with control characters and undecodable bytes made '?', at any length.</summary>
    public static string Clean(string text)
    {
        var shown = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            shown.Append(IsJunk(c) ? '?' : c);
        }

        return shown.ToString();
    }

    /// <summary>Whether the text holds something <see cref="Safe"/> would replace.</summary>
    public static bool HasJunk(string text)
    {
        foreach (var c in text)
        {
            if (IsJunk(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJunk(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}
