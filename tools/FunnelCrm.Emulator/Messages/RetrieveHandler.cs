using System;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Messages;

/// <summary>Retrieve: only the asked columns come back; a missing row fails naming the table and id.</summary>
internal sealed class RetrieveHandler : IMessageHandler
{
    public bool LocksPrimary => false;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var target = MessageHandlers.Input<EntityReference>(input, "Target", "Retrieve");
        pipeline.Organization.Metadata.GetTable(target.LogicalName);
        return (target.LogicalName, MessageHandlers.ResolveExisting(pipeline, transaction, target));
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var table = org.Metadata.GetTable(operation.Context.PrimaryEntityName);
        var id = operation.Context.PrimaryEntityId;
        var columns = operation.Required<ColumnSet>("ColumnSet");
        operation.Require("Read", table.LogicalName);
        var row = org.Store.Read(table.LogicalName, id, operation.Transaction) ?? throw Faults.RecordNotFound(table.LogicalName, id);
        var entity = Records.ToEntity(org.Metadata, table, id, row.Values, row.Version, columns);
        ColumnSecurity.HideUnreadable(org, operation.Transaction, operation.User, entity);
        org.Formatter(operation.Transaction).Fill(entity, table.FindColumn);
        operation.Output["Entity"] = entity;
    }
}
