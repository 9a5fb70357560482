using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.Messages;

/// <summary>
/// QualifyLead as Dataverse does it: creates the asked account, contact and opportunity (child Create operations,
/// with the lead's column mappings and originatingleadid), then qualifies the lead (a child Update setting statecode 1,
/// the status and the links), which leaves it read-only. Returns CreatedEntities.
/// </summary>
internal sealed class QualifyLeadHandler : IMessageHandler
{
    private const int Qualified = 1;

    public bool LocksPrimary => true;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var lead = MessageHandlers.Input<EntityReference>(input, "LeadId", "QualifyLead");
        return ("lead", MessageHandlers.ResolveExisting(pipeline, transaction, lead));
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var leadId = operation.Context.PrimaryEntityId;
        var lead = org.Store.Read("lead", leadId, operation.Transaction)?.Values ?? throw Faults.RecordNotFound("lead", leadId);
        operation.RequireOnRow("Write", "lead", leadId, lead);
        if ((lead.GetValueOrDefault("statecode") as OptionSetValue)?.Value != 0)
        {
            throw Faults.Create(ErrorCodes.InvalidStateTransition, "The lead is closed. You cannot convert or qualify a lead that is already closed.");
        }
        var leadTable = org.Metadata.GetTable("lead");
        var status = Records.StatusFor(leadTable, Qualified, operation.Get<OptionSetValue>("Status")?.Value);
        var leadReference = new EntityReference("lead", leadId);
        var created = new EntityReferenceCollection();
        EntityReference? account = null;
        EntityReference? contact = null;
        EntityReference? opportunity = null;
        if (operation.Get<bool>("CreateAccount"))
        {
            var record = Mapped(operation, lead, "account");
            record["originatingleadid"] = leadReference;
            account = Create(operation, record, created);
        }
        if (operation.Get<bool>("CreateContact"))
        {
            var record = Mapped(operation, lead, "contact");
            record["originatingleadid"] = leadReference;
            if (account != null)
            {
                record["parentcustomerid"] = account;
            }
            contact = Create(operation, record, created);
        }
        if (operation.Get<bool>("CreateOpportunity"))
        {
            var record = Mapped(operation, lead, "opportunity");
            record["originatingleadid"] = leadReference;
            var customer = operation.Get<EntityReference>("OpportunityCustomerId") ?? account ?? contact
                ?? lead.GetValueOrDefault("parentaccountid") as EntityReference ?? lead.GetValueOrDefault("parentcontactid") as EntityReference;
            if (customer != null)
            {
                record["customerid"] = new EntityReference(customer.LogicalName, customer.Id);
                record[customer.LogicalName == "account" ? "parentaccountid" : "parentcontactid"] = new EntityReference(customer.LogicalName, customer.Id);
            }
            if (operation.Get<EntityReference>("OpportunityCurrencyId") is { } currency)
            {
                record["transactioncurrencyid"] = currency;
            }
            if (operation.Get<EntityReference>("SourceCampaignId") is { } campaign)
            {
                record["campaignid"] = campaign;
            }
            opportunity = Create(operation, record, created);
        }
        var qualify = new Entity("lead", leadId)
        {
            ["statecode"] = new OptionSetValue(Qualified),
            ["statuscode"] = new OptionSetValue(status),
        };
        if (account != null)
        {
            qualify["parentaccountid"] = account;
        }
        if (contact != null)
        {
            qualify["parentcontactid"] = contact;
        }
        if (opportunity != null)
        {
            qualify["qualifyingopportunityid"] = opportunity;
        }
        operation.Call(new UpdateRequest { Target = qualify }, org.SystemUserId);
        operation.Output["CreatedEntities"] = created;
    }

    private static Entity Mapped(Operation operation, System.Collections.Generic.Dictionary<string, object?> lead, string target)
    {
        var record = new Entity(target);
        foreach (var mapping in operation.Organization.Metadata.MappingsBetween("lead", target))
        {
            if (lead.TryGetValue(mapping.SourceColumn, out var value) && value != null && operation.Organization.Metadata.GetTable(target).FindColumn(mapping.TargetColumn) != null)
            {
                record[mapping.TargetColumn] = Values.Copy(value);
            }
        }
        return record;
    }

    private static EntityReference Create(Operation operation, Entity record, EntityReferenceCollection created)
    {
        var id = (Guid)operation.Call(new CreateRequest { Target = record }).Results["id"];
        var reference = new EntityReference(record.LogicalName, id);
        created.Add(reference);
        return reference;
    }
}
