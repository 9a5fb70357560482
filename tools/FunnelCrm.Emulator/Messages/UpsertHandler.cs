using System;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.Messages;

/// <summary>Upsert by id or alternate key: an Update when the row exists, a Create (with the key values) when it does not.</summary>
internal sealed class UpsertHandler : IMessageHandler
{
    public bool LocksPrimary => false;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var target = MessageHandlers.Input<Entity>(input, "Target", "Upsert");
        pipeline.Organization.Metadata.GetTable(target.LogicalName);
        return (target.LogicalName, target.Id);
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var target = operation.Required<Entity>("Target");
        var existing = Records.Resolve(org.Metadata, org.Store, operation.Transaction, target.LogicalName, target.Id, target.KeyAttributes);
        var record = Values.CopyEntity(target);
        if (existing.HasValue && org.Store.Exists(target.LogicalName, existing.Value, operation.Transaction))
        {
            record.Id = existing.Value;
            operation.Call(new UpdateRequest { Target = record });
            operation.Output["RecordCreated"] = false;
            operation.Output["Target"] = new EntityReference(target.LogicalName, existing.Value);
            return;
        }
        foreach (var key in target.KeyAttributes)
        {
            record[key.Key] = Values.Copy(key.Value);
        }
        var id = (Guid)operation.Call(new CreateRequest { Target = record }).Results["id"];
        operation.Output["RecordCreated"] = true;
        operation.Output["Target"] = new EntityReference(target.LogicalName, id);
    }
}
