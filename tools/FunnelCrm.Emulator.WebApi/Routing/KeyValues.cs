using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>
/// The key in a record's URL: a bare id (<c>accounts(00000000-...)</c>) or named values
/// (<c>accounts(accountid=...)</c>, <c>fcm_interactions(fcm_sourcesystem='crm',fcm_externalid='42')</c>, a lookup
/// as <c>_x_value=guid</c>). Strings are single-quoted with <c>''</c> for a quote.
/// </summary>
public sealed class KeyValues
{
    private KeyValues(Guid? id, IReadOnlyList<KeyValuePair<string, object>> named)
    {
        Id = id;
        Named = named;
    }

    /// <summary>The bare id, or null when the key names its values.</summary>
    public Guid? Id { get; }

    /// <summary>The named values (property name, then a string, Guid, decimal or bool).</summary>
    public IReadOnlyList<KeyValuePair<string, object>> Named { get; }

    /// <summary>Parses the text between the parentheses.</summary>
    public static KeyValues Parse(string text)
    {
        if (Guid.TryParse(text, out var id))
        {
            return new KeyValues(id, Array.Empty<KeyValuePair<string, object>>());
        }
        var named = new List<KeyValuePair<string, object>>();
        var position = 0;
        while (position < text.Length)
        {
            var equals = text.IndexOf('=', position);
            if (equals < 0)
            {
                throw WebApiException.BadRequest($"Bad Request - Error in query syntax: the key '{text}' is not a key value or a list of name=value pairs.");
            }
            var name = text.Substring(position, equals - position).Trim();
            position = equals + 1;
            named.Add(new KeyValuePair<string, object>(name, ReadValue(text, ref position)));
            if (position < text.Length)
            {
                if (text[position] != ',')
                {
                    throw WebApiException.BadRequest($"Bad Request - Error in query syntax: unexpected '{text[position]}' in the key '{text}'.");
                }
                position++;
            }
        }
        return new KeyValues(null, named);
    }

    private static object ReadValue(string text, ref int position)
    {
        if (position < text.Length && text[position] == '\'')
        {
            var value = new StringBuilder();
            position++;
            while (true)
            {
                if (position >= text.Length)
                {
                    throw WebApiException.BadRequest($"Bad Request - Error in query syntax: unterminated string in the key '{text}'.");
                }
                if (text[position] == '\'')
                {
                    if (position + 1 < text.Length && text[position + 1] == '\'')
                    {
                        value.Append('\'');
                        position += 2;
                        continue;
                    }
                    position++;
                    return value.ToString();
                }
                value.Append(text[position++]);
            }
        }
        var end = text.IndexOf(',', position);
        var literal = (end < 0 ? text.Substring(position) : text.Substring(position, end - position)).Trim();
        position = end < 0 ? text.Length : end;
        if (Guid.TryParse(literal, out var guid))
        {
            return guid;
        }
        if (bool.TryParse(literal, out var flag))
        {
            return flag;
        }
        return decimal.TryParse(literal, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw WebApiException.BadRequest($"Bad Request - Error in query syntax: '{literal}' is not a key value.");
    }
}
