using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>
/// Create: honours a caller-supplied id, sets the system columns, owner (the row belongs to its owner's business unit),
/// state and status defaults and a row version. The create privilege must reach the row as owned (a user with Basic
/// create creates rows they own).
/// </summary>
internal sealed class CreateHandler : IMessageHandler
{
    public bool LocksPrimary => false;

    public bool HasImages => true;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var target = MessageHandlers.Input<Entity>(input, "Target", "Create");
        pipeline.Organization.Metadata.GetTable(target.LogicalName);
        return (target.LogicalName, target.Id);
    }

    public void Execute(Operation operation)
    {
        var target = operation.Required<Entity>("Target");
        var org = operation.Organization;
        var table = org.Metadata.GetTable(target.LogicalName);
        operation.Require("Create", table.LogicalName);
        Records.Validate(org.Metadata, org.Store, operation.Transaction, table, target);
        ColumnSecurity.RequireCreate(org, operation.Transaction, operation.User, table, target);
        var id = target.Id != Guid.Empty ? target.Id
            : target.Contains(table.PrimaryIdColumn) && target[table.PrimaryIdColumn] is Guid given && given != Guid.Empty ? given
            : Guid.NewGuid();
        var values = target.Attributes.Where(a => a.Value != null).ToDictionary(a => a.Key, a => (object?)a.Value, StringComparer.Ordinal);
        foreach (var column in table.Columns.Values.Where(c => c.DefaultValue != null && !target.Contains(c.LogicalName)))
        {
            values[column.LogicalName] = column.DefaultValue;
        }
        var user = new EntityReference("systemuser", operation.User.Id);
        values[table.PrimaryIdColumn] = id;
        values["createdon"] = target.GetAttributeValue<DateTime?>("overriddencreatedon") ?? operation.Now;
        values["modifiedon"] = operation.Now;
        values["createdby"] = user;
        values["modifiedby"] = user;
        if (table.Ownership == Ownership.UserOwned)
        {
            var owner = target.GetAttributeValue<EntityReference>("ownerid") ?? user;
            if (target.Contains("ownerid"))
            {
                OwnerRules.Require(org, operation.Transaction, table, owner);
            }
            values["ownerid"] = owner;
            values[owner.LogicalName == "team" ? "owningteam" : "owninguser"] = new EntityReference(owner.LogicalName, owner.Id);
            values["owningbusinessunit"] = new EntityReference("businessunit", operation.Principals.BusinessUnitOf(owner) ?? operation.User.BusinessUnitId);
            operation.RequireOnRow("Create", table.LogicalName, id, values);
        }
        if (table.HasStates)
        {
            var state = target.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0;
            values["statecode"] = new OptionSetValue(state);
            values["statuscode"] = new OptionSetValue(Records.StatusFor(table, state, target.GetAttributeValue<OptionSetValue>("statuscode")?.Value));
        }
        if (table.IsActivity)
        {
            values["activitytypecode"] = table.LogicalName;
        }
        if (table.FindColumn("transactioncurrencyid") != null && !values.ContainsKey("transactioncurrencyid") && values.Values.Any(v => v is Money))
        {
            // A currency value without a currency takes the base currency, as Dataverse does for a user without a default currency.
            values["transactioncurrencyid"] = new EntityReference("transactioncurrency", org.BaseCurrencyId);
            values["exchangerate"] = 1m;
        }
        Records.FillBaseCurrency(table, values, target);
        Records.CheckAlternateKeys(org.Store, operation.Transaction, table, id, values);
        org.Store.Insert(table.LogicalName, id, values, operation.Transaction);
        ActivityParties.Write(operation, table, id, target);
        operation.Output["id"] = id;
    }
}
