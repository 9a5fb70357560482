using System;
using System.Collections.Generic;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>Assign: gives a row a new owner (a user or a team).</summary>
internal sealed class AssignHandler : IMessageHandler
{
    public bool LocksPrimary => true;

    public bool HasImages => true;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var target = MessageHandlers.Input<EntityReference>(input, "Target", "Assign");
        pipeline.Organization.Metadata.GetTable(target.LogicalName);
        return (target.LogicalName, MessageHandlers.ResolveExisting(pipeline, transaction, target));
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var table = org.Metadata.GetTable(operation.Context.PrimaryEntityName);
        var assignee = operation.Required<EntityReference>("Assignee");
        operation.Require("Assign", table.LogicalName);
        if (assignee.LogicalName is not ("systemuser" or "team") || !org.Store.Exists(assignee.LogicalName, assignee.Id, operation.Transaction))
        {
            throw Faults.RecordNotFound(assignee.LogicalName ?? "systemuser", assignee.Id);
        }
        OwnerRules.Require(org, operation.Transaction, table, assignee);
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ownerid"] = new EntityReference(assignee.LogicalName, assignee.Id),
            ["owninguser"] = assignee.LogicalName == "systemuser" ? new EntityReference("systemuser", assignee.Id) : null,
            ["owningteam"] = assignee.LogicalName == "team" ? new EntityReference("team", assignee.Id) : null,
            ["modifiedon"] = operation.Now,
            ["modifiedby"] = new EntityReference("systemuser", operation.User.Id),
        };
        org.Store.Write(table.LogicalName, operation.Context.PrimaryEntityId, changes, operation.Transaction);
    }
}
