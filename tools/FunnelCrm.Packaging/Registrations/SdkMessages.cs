using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Packaging.Registrations;

/// <summary>The well-known SdkMessageId of each message our steps use (the same in every organization).</summary>
public static class SdkMessages
{
    private static readonly Dictionary<string, Guid> Ids = new Dictionary<string, Guid>(StringComparer.Ordinal)
    {
        ["Create"] = new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),

        // From public tables of platform message ids that give the three above identically (Merge from one, SetState and
        // SetStateDynamicEntity from two: an organization's sdkmessage rows read over the Web API, and a plug-in
        // registration tool's cache of message ids); not yet checked against an export.
        ["Merge"] = new Guid("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = new Guid("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>The messages the packer knows.</summary>
    public static IEnumerable<string> Known => Ids.Keys;

    /// <summary>The message id, or null for a message the packer does not know yet.</summary>
    public static Guid? IdOf(string message) => Ids.TryGetValue(message, out var id) ? id : (Guid?)null;

    /// <summary>The message of an SdkMessageId as the XML writes it (with or without braces), or null.</summary>
    public static string? NameOf(string? messageId) =>
        Guid.TryParse(messageId, out var id) ? Ids.FirstOrDefault(pair => pair.Value == id).Key : null;
}
