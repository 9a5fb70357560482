using System;
using System.Text;

namespace FunnelCrm.Cli.Csv;

/// <summary>
/// One raw CSV field as the reader split it, checked against RFC 4180 quoting: either unquoted without any quote, or
/// wholly quoted with inner quotes doubled. Surrounding spaces are trimmed, and so is the text inside quotes.
/// </summary>
public static class CsvField
{
    /// <summary>Reads a field without quotes: its trimmed text, or null when empty.</summary>
    public static string? Plain(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        return trimmed.IsEmpty ? null : trimmed.ToString();
    }

    /// <summary>Reads a field that may be quoted; false with <paramref name="problem"/> when its quoting is broken.</summary>
    public static bool TryRead(ReadOnlySpan<char> raw, out string? value, out string problem)
    {
        value = null;
        problem = "";
        var trimmed = raw.Trim();
        if (trimmed.IsEmpty || trimmed[0] != '"')
        {
            if (trimmed.IndexOf('"') >= 0)
            {
                problem = "a quote inside an unquoted field (quote the whole field and double the quote, e.g. \"5\"\" screen\")";
                return false;
            }

            value = trimmed.IsEmpty ? null : trimmed.ToString();
            return true;
        }

        if (trimmed.Length < 2 || trimmed[trimmed.Length - 1] != '"')
        {
            problem = "a quoted field is not closed";
            return false;
        }

        var inner = trimmed.Slice(1, trimmed.Length - 2);
        var text = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    problem = "a quote inside a quoted field is not doubled, or text follows the closing quote";
                    return false;
                }

                i++;
            }

            text.Append(inner[i]);
        }

        var unquoted = text.ToString().Trim();
        value = unquoted.Length == 0 ? null : unquoted;
        return true;
    }
}
