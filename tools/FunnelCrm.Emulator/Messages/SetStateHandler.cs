using System;
using System.Collections.Generic;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>
/// SetState and SetStateDynamicEntity (the legacy web client's form of the same request; plug-ins see the message that
/// was sent): moves a row to a state and status (status -1 picks the state's default); reopens a closed opportunity.
/// </summary>
internal sealed class SetStateHandler : IMessageHandler
{
    private readonly string message;

    public SetStateHandler(string message)
    {
        this.message = message;
    }

    public bool LocksPrimary => true;

    public bool HasImages => true;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var moniker = MessageHandlers.Input<EntityReference>(input, "EntityMoniker", message);
        pipeline.Organization.Metadata.GetTable(moniker.LogicalName);
        return (moniker.LogicalName, MessageHandlers.ResolveExisting(pipeline, transaction, moniker));
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var table = org.Metadata.GetTable(operation.Context.PrimaryEntityName);
        var id = operation.Context.PrimaryEntityId;
        var state = operation.Required<OptionSetValue>("State").Value;
        var status = operation.Get<OptionSetValue>("Status")?.Value;
        operation.Require("Write", table.LogicalName);
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["statecode"] = new OptionSetValue(state),
            ["statuscode"] = new OptionSetValue(Records.StatusFor(table, state, status)),
            ["modifiedon"] = operation.Now,
            ["modifiedby"] = new EntityReference("systemuser", operation.User.Id),
        };
        if (table.LogicalName == "opportunity" && state == 0)
        {
            changes["actualclosedate"] = null;
        }
        org.Store.Write(table.LogicalName, id, changes, operation.Transaction);
    }
}
