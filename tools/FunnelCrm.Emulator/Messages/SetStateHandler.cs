using System;
using System.Collections.Generic;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.Messages;

/// <summary>
/// SetState and SetStateDynamicEntity (the legacy web client's form of the same request; plug-ins see the message that
/// was sent): moves a row to a state and status (status -1 picks the state's default) with a child Update of statecode
/// and statuscode, as the deprecated message is "an update of statecode and statuscode" (Microsoft's legacy update
/// messages): the SetState steps run, and the Update steps run for the child Update. Reopening an opportunity clears its
/// actual close date.
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
        operation.Call(new UpdateRequest
        {
            Target = new Entity(table.LogicalName, id)
            {
                ["statecode"] = new OptionSetValue(state),
                ["statuscode"] = new OptionSetValue(Records.StatusFor(table, state, status)),
            },
        });
        if (table.LogicalName == "opportunity" && state == 0)
        {
            org.Store.Write(table.LogicalName, id, new Dictionary<string, object?>(StringComparer.Ordinal) { ["actualclosedate"] = null }, operation.Transaction);
        }
    }
}
