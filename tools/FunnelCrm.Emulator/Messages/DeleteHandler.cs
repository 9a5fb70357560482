using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.Messages;

/// <summary>Delete with the cascades the metadata declares: Cascade deletes children (as child operations run by SYSTEM), RemoveLink clears their lookup, Restrict refuses.</summary>
internal sealed class DeleteHandler : IMessageHandler
{
    public bool LocksPrimary => true;

    public bool HasImages => true;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var target = MessageHandlers.Input<EntityReference>(input, "Target", "Delete");
        pipeline.Organization.Metadata.GetTable(target.LogicalName);
        return (target.LogicalName, MessageHandlers.ResolveExisting(pipeline, transaction, target));
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var table = org.Metadata.GetTable(operation.Context.PrimaryEntityName);
        var id = operation.Context.PrimaryEntityId;
        operation.RequireOnRow("Delete", table.LogicalName, id, org.Store.Read(table.LogicalName, id, operation.Transaction)?.Values ?? throw Faults.RecordNotFound(table.LogicalName, id));
        var relationships = org.Metadata.Relationships.Values
            .Where(r => !r.IsManyToMany && r.ReferencedTable == table.LogicalName)
            .OrderBy(r => r.CascadeDelete == CascadeType.Restrict ? 0 : 1)
            .ToList();
        foreach (var relationship in relationships)
        {
            var children = org.Store.Scan(relationship.ReferencingTable, operation.Transaction)
                .Where(r => r.Id != id && r.Values.GetValueOrDefault(relationship.ReferencingColumn) is EntityReference parent
                    && parent.Id == id && parent.LogicalName == table.LogicalName)
                .ToList();
            foreach (var child in children)
            {
                switch (relationship.CascadeDelete)
                {
                    case CascadeType.Restrict:
                        throw Faults.Create(ErrorCodes.RestrictedDelete,
                            $"The {table.LogicalName} cannot be deleted because it is referenced by a {relationship.ReferencingTable} record ({child.Id}) through {relationship.SchemaName}.");
                    case CascadeType.Cascade:
                        if (org.Store.Exists(relationship.ReferencingTable, child.Id, operation.Transaction))
                        {
                            operation.Call(new DeleteRequest { Target = new EntityReference(relationship.ReferencingTable, child.Id) }, org.SystemUserId);
                        }
                        break;
                    case CascadeType.RemoveLink:
                        org.Store.Write(relationship.ReferencingTable, child.Id,
                            new[] { new KeyValuePair<string, object?>(relationship.ReferencingColumn, null) }, operation.Transaction);
                        break;
                }
            }
        }
        foreach (var relationship in org.Metadata.Relationships.Values.Where(r => r.IsManyToMany && (r.ReferencedTable == table.LogicalName || r.ReferencingTable == table.LogicalName)))
        {
            var column = relationship.ReferencedTable == table.LogicalName ? relationship.ReferencedColumn : relationship.ReferencingColumn;
            foreach (var link in org.Store.Scan(relationship.IntersectTable!, operation.Transaction).Where(r => r.Values.GetValueOrDefault(column) is Guid g && g == id).ToList())
            {
                org.Store.Remove(relationship.IntersectTable!, link.Id, operation.Transaction);
            }
        }
        org.Store.Remove(table.LogicalName, id, operation.Transaction);
    }
}
