using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.Messages;

/// <summary>
/// Merge of two leads (or accounts, contacts): locks the master, then the subordinate; applies UpdateContent to the
/// master, moves the subordinate's children (activities and other rows whose lookup names it) to the master, directly
/// or through the Update pipeline (variant M, <see cref="MergeReparenting"/>), and deactivates the subordinate with
/// merged and masterid set.
/// </summary>
internal sealed class MergeHandler : IMessageHandler
{
    private static readonly Dictionary<string, (int State, int Status)> Deactivated = new(StringComparer.Ordinal)
    {
        ["lead"] = (2, 7), ["contact"] = (1, 2), ["account"] = (1, 2),
    };

    public bool LocksPrimary => true;

    public bool HasImages => true;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var target = MessageHandlers.Input<EntityReference>(input, "Target", "Merge");
        if (!Deactivated.ContainsKey(target.LogicalName ?? ""))
        {
            throw Faults.NotSupported($"Merge of {target.LogicalName} records");
        }
        return (target.LogicalName!, MessageHandlers.ResolveExisting(pipeline, transaction, target));
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var table = org.Metadata.GetTable(operation.Context.PrimaryEntityName);
        var masterId = operation.Context.PrimaryEntityId;
        var subordinateId = operation.Input.TryGetValue("SubordinateId", out var s) && s is Guid g ? g
            : throw Faults.InvalidArgument("Required field 'SubordinateId' is missing for the Merge message.");
        operation.Require("Write", table.LogicalName);
        org.Store.Lock(table.LogicalName, masterId, operation.Transaction);
        org.Store.Lock(table.LogicalName, subordinateId, operation.Transaction);
        var subordinate = org.Store.Read(table.LogicalName, subordinateId, operation.Transaction)!.Value.Values;
        operation.RequireOnRow("Write", table.LogicalName, masterId, org.Store.Read(table.LogicalName, masterId, operation.Transaction)!.Value.Values);
        operation.RequireOnRow("Write", table.LogicalName, subordinateId, subordinate);
        if (subordinate.GetValueOrDefault("merged") is true)
        {
            throw Faults.InvalidArgument($"The {table.LogicalName} {subordinateId} has already been merged.");
        }
        var content = operation.Get<Entity>("UpdateContent");
        if (content != null && content.Attributes.Count > 0)
        {
            Records.Validate(org.Metadata, org.Store, operation.Transaction, table, content);
            var changes = Records.Changes(table, content).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
            changes["modifiedon"] = operation.Now;
            org.Store.Write(table.LogicalName, masterId, changes, operation.Transaction);
        }
        var master = new EntityReference(table.LogicalName, masterId);
        foreach (var relationship in org.Metadata.Relationships.Values.Where(r => !r.IsManyToMany && r.ReferencedTable == table.LogicalName && r.ReferencingColumn != "masterid"))
        {
            var children = org.Store.Scan(relationship.ReferencingTable, operation.Transaction)
                .Where(r => r.Values.GetValueOrDefault(relationship.ReferencingColumn) is EntityReference p && p.Id == subordinateId && p.LogicalName == table.LogicalName);
            foreach (var child in children.ToList())
            {
                Reparent(operation, relationship.ReferencingTable, child.Id, relationship.ReferencingColumn, master);
            }
        }
        var (state, status) = Deactivated[table.LogicalName];
        org.Store.Write(table.LogicalName, subordinateId, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["merged"] = true,
            ["masterid"] = master,
            ["statecode"] = new OptionSetValue(state),
            ["statuscode"] = new OptionSetValue(status),
            ["modifiedon"] = operation.Now,
            ["modifiedby"] = new EntityReference("systemuser", operation.User.Id),
        }, operation.Transaction);
    }

    private static void Reparent(Operation operation, string childTable, Guid childId, string column, EntityReference master)
    {
        var org = operation.Organization;
        if (org.Platform.Merge == MergeReparenting.ThroughUpdate)
        {
            operation.Call(new UpdateRequest { Target = new Entity(childTable, childId) { [column] = new EntityReference(master.LogicalName, master.Id) } }, org.SystemUserId);
            return;
        }

        org.Store.Write(childTable, childId, new[] { new KeyValuePair<string, object?>(column, new EntityReference(master.LogicalName, master.Id)) }, operation.Transaction);
    }
}
