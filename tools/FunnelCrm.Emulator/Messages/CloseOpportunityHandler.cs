using System;
using System.Collections.Generic;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.Messages;

/// <summary>
/// WinOpportunity and LoseOpportunity (plug-ins see the messages Win and Lose): inputs OpportunityClose and Status (no
/// Target, no images); creates the completed opportunityclose (a child Create), then closes the opportunity with a
/// child Update of its state, status, actual close date and (Win) actual revenue, so the opportunity's Update steps
/// see every close, as they see SetState.
/// </summary>
internal sealed class CloseOpportunityHandler : IMessageHandler
{
    private readonly bool won;

    public CloseOpportunityHandler(bool won)
    {
        this.won = won;
    }

    private string Message => won ? "WinOpportunity" : "LoseOpportunity";

    public bool LocksPrimary => true;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var close = MessageHandlers.Input<Entity>(input, "OpportunityClose", Message);
        var opportunity = close.GetAttributeValue<EntityReference>("opportunityid")
            ?? throw Faults.InvalidArgument($"The OpportunityClose of {Message} must set opportunityid.");
        return ("opportunity", MessageHandlers.ResolveExisting(pipeline, transaction, opportunity));
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var id = operation.Context.PrimaryEntityId;
        var table = org.Metadata.GetTable("opportunity");
        var close = operation.Required<Entity>("OpportunityClose");
        var requested = operation.Required<OptionSetValue>("Status").Value;
        operation.Require("Write", "opportunity");
        org.Store.Lock("opportunity", id, operation.Transaction);
        var current = org.Store.Read("opportunity", id, operation.Transaction)!.Value.Values;
        if ((current.GetValueOrDefault("statecode") as OptionSetValue)?.Value != 0)
        {
            throw Faults.Create(ErrorCodes.InvalidStateTransition, $"The opportunity {id} is already closed; reopen it before closing it again.");
        }
        var state = won ? 1 : 2;
        var status = Records.StatusFor(table, state, requested);
        var activity = Values.CopyEntity(close);
        activity["statecode"] = new OptionSetValue(1);
        activity["statuscode"] = new OptionSetValue(2);
        operation.Call(new CreateRequest { Target = activity });
        var closed = new Entity("opportunity", id)
        {
            ["statecode"] = new OptionSetValue(state),
            ["statuscode"] = new OptionSetValue(status),
            ["actualclosedate"] = close.GetAttributeValue<DateTime?>("actualend") ?? operation.Now,
        };
        if (won)
        {
            var revenue = close.GetAttributeValue<Money>("actualrevenue") ?? current.GetValueOrDefault("estimatedvalue") as Money;
            closed["actualvalue"] = revenue == null ? null : new Money(revenue.Value);
        }
        operation.Call(new UpdateRequest { Target = closed });
    }
}
