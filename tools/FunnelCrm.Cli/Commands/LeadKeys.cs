using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace FunnelCrm.Cli.Commands;

/// <summary>
/// The engine's key of an exported lead id: a GUID is read as itself, straight from the text; any other id gets the
/// GUID of its UTF-8 bytes' MD5, worked out once per distinct id and kept in a table looked up by the text's span.
/// Not thread-safe: one table per reading thread.
/// </summary>
internal sealed class LeadKeys
{
    private readonly Dictionary<string, Guid> others = new Dictionary<string, Guid>(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid>.AlternateLookup<ReadOnlySpan<char>> othersBySpan;

    public LeadKeys()
    {
        othersBySpan = others.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The key of a lead id.</summary>
    public Guid Of(ReadOnlySpan<char> leadId)
    {
        if (Guid.TryParse(leadId, out var id))
        {
            return id;
        }

        if (!othersBySpan.TryGetValue(leadId, out id))
        {
            var text = leadId.ToString();
            id = new Guid(MD5.HashData(Encoding.UTF8.GetBytes(text)));
            others.Add(text, id);
        }

        return id;
    }
}
