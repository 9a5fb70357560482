using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Packaging.Registrations;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// The <c>sdkmessages</c> and <c>sdkmessagefilters</c> rows: one per message the organization runs and one per
/// (message, table) pair it supports, added as tables arrive. Messages a packed solution names by id (Create, Update,
/// Delete, Merge, SetState) keep the platform's well-known ids; every other message gets an id of this organization,
/// so a client must look it up by name.
/// </summary>
public sealed class MessageRows
{
    private readonly object sync = new();
    private readonly Dictionary<string, Guid> messages = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Message, string Table), Guid> filters = new();

    /// <summary>Writes the rows of every message and of every (message, table) pair of the organization's tables not written yet.</summary>
    public void Refresh(IOrganizationService service, Organization organization)
    {
        lock (sync)
        {
            foreach (var message in MessageFilters.Unbound.Concat(organization.RegisteredSteps.Select(s => s.Message)))
            {
                Id(service, message);
            }
            foreach (var table in organization.Metadata.Tables.Values.ToList())
            {
                foreach (var (message, logicalName) in MessageFilters.Of(organization.Metadata, table))
                {
                    FilterId(service, message, logicalName);
                }
            }
        }
    }

    /// <summary>The id of the message's row (written when new).</summary>
    public Guid Id(IOrganizationService service, string message)
    {
        lock (sync)
        {
            if (messages.TryGetValue(message, out var id))
            {
                return id;
            }
            id = SdkMessages.IdOf(message) ?? Guid.NewGuid();
            service.Create(new Entity(PlatformTables.SdkMessage, id) { ["name"] = message, ["categoryname"] = "CustomAction", ["isprivate"] = false, ["customizationlevel"] = 0 });
            messages[message] = id;
            return id;
        }
    }

    /// <summary>The id of the (message, table) filter row (written when new).</summary>
    public Guid FilterId(IOrganizationService service, string message, string table)
    {
        lock (sync)
        {
            if (filters.TryGetValue((message, table), out var id))
            {
                return id;
            }
            id = Guid.NewGuid();
            service.Create(new Entity(PlatformTables.SdkMessageFilter, id)
            {
                ["name"] = message + " of " + table,
                ["sdkmessageid"] = new EntityReference(PlatformTables.SdkMessage, Id(service, message)),
                ["primaryobjecttypecode"] = table, ["secondaryobjecttypecode"] = "none",
                ["iscustomprocessingstepallowed"] = true, ["isvisible"] = true,
            });
            filters[(message, table)] = id;
            return id;
        }
    }

    /// <summary>The message of a well-known or known id, or null.</summary>
    public string? NameOf(Guid id)
    {
        lock (sync)
        {
            return messages.FirstOrDefault(m => m.Value == id).Key;
        }
    }
}
