using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>Associate and Disassociate: intersect rows for many-to-many relationships, the lookup for one-to-many ones.</summary>
internal sealed class AssociationHandler : IMessageHandler
{
    private readonly bool associate;

    public AssociationHandler(bool associate)
    {
        this.associate = associate;
    }

    private string Message => associate ? "Associate" : "Disassociate";

    public bool LocksPrimary => false;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var target = MessageHandlers.Input<EntityReference>(input, "Target", Message);
        pipeline.Organization.Metadata.GetTable(target.LogicalName);
        return (target.LogicalName, MessageHandlers.ResolveExisting(pipeline, transaction, target));
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var target = new EntityReference(operation.Context.PrimaryEntityName, operation.Context.PrimaryEntityId);
        var relationshipName = operation.Required<Relationship>("Relationship").SchemaName;
        var related = operation.Required<EntityReferenceCollection>("RelatedEntities");
        var relationship = org.Metadata.Relationships.TryGetValue(relationshipName, out var found) ? found
            : throw Faults.InvalidArgument($"The relationship '{relationshipName}' is not defined in the metadata.");
        var targetRow = org.Store.Read(target.LogicalName, target.Id, operation.Transaction)?.Values ?? throw Faults.RecordNotFound(target.LogicalName, target.Id);
        foreach (var other in related)
        {
            operation.RequireOnRow("AppendTo", target.LogicalName, target.Id, targetRow);
            operation.RequireOnRow("Append", other.LogicalName, other.Id,
                org.Store.Read(other.LogicalName, other.Id, operation.Transaction)?.Values ?? throw Faults.RecordNotFound(other.LogicalName, other.Id));
            if (relationship.IsManyToMany)
            {
                var (first, second) = relationship.ReferencedTable == target.LogicalName ? (target, other) : (other, target);
                var intersect = relationship.IntersectTable!;
                var existing = org.Store.Scan(intersect, operation.Transaction)
                    .Where(r => r.Values.GetValueOrDefault(relationship.ReferencedColumn) is Guid a && a == first.Id
                        && r.Values.GetValueOrDefault(relationship.ReferencingColumn) is Guid b && b == second.Id)
                    .ToList();
                if (associate)
                {
                    if (existing.Count > 0)
                    {
                        throw Faults.Create(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");
                    }
                    var id = Guid.NewGuid();
                    org.Store.Insert(intersect, id, new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        [intersect + "id"] = id, [relationship.ReferencedColumn] = first.Id, [relationship.ReferencingColumn] = second.Id,
                    }, operation.Transaction);
                }
                else
                {
                    existing.ForEach(r => org.Store.Remove(intersect, r.Id, operation.Transaction));
                }
                continue;
            }
            var (parent, child) = relationship.ReferencedTable == target.LogicalName ? (target, other) : (other, target);
            org.Store.Write(child.LogicalName, child.Id, new[]
            {
                new KeyValuePair<string, object?>(relationship.ReferencingColumn, associate ? new EntityReference(parent.LogicalName, parent.Id) : null),
            }, operation.Transaction);
        }
    }
}
