using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>
/// Update: only the sent columns change; optimistic concurrency by row version; read-only states refuse a change of
/// columns. An Update that sends no column only takes the row's lock (how plugins serialize work on one row) and is
/// allowed in any state.
/// </summary>
internal sealed class UpdateHandler : IMessageHandler
{
    private const int IfRowVersionMatches = 1;

    public bool LocksPrimary => true;

    public bool HasImages => true;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var target = MessageHandlers.Input<Entity>(input, "Target", "Update");
        pipeline.Organization.Metadata.GetTable(target.LogicalName);
        var reference = new EntityReference(target.LogicalName, target.Id) { KeyAttributes = target.KeyAttributes };
        if (target.Id == Guid.Empty && target.KeyAttributes.Count == 0)
        {
            throw Faults.InvalidArgument($"Entity Id must be specified for Update of {target.LogicalName}.");
        }
        var id = MessageHandlers.ResolveExisting(pipeline, transaction, reference);
        target.Id = id;
        return (target.LogicalName, id);
    }

    public void Execute(Operation operation)
    {
        var target = operation.Required<Entity>("Target");
        var org = operation.Organization;
        var table = org.Metadata.GetTable(target.LogicalName);
        var id = operation.Context.PrimaryEntityId;
        operation.Require("Write", table.LogicalName);
        var current = org.Store.Read(table.LogicalName, id, operation.Transaction) ?? throw Faults.RecordNotFound(table.LogicalName, id);
        var state = (current.Values.GetValueOrDefault("statecode") as OptionSetValue)?.Value;
        var changesColumns = target.Attributes.Keys.Any(k => k != table.PrimaryIdColumn);
        if (changesColumns && state.HasValue && table.ReadOnlyStates.Contains(state.Value))
        {
            throw Faults.Create(ErrorCodes.RecordReadOnly,
                $"The {table.LogicalName} with id {id} is read-only in its current state (statecode {state.Value}) and cannot be updated.");
        }
        if (operation.Input.TryGetValue("ConcurrencyBehavior", out var behavior) && behavior != null
            && Convert.ToInt32(behavior, CultureInfo.InvariantCulture) == IfRowVersionMatches)
        {
            if (string.IsNullOrEmpty(target.RowVersion))
            {
                throw Faults.InvalidArgument("The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.");
            }
            if (target.RowVersion != current.Version.ToString(CultureInfo.InvariantCulture))
            {
                throw Faults.Create(ErrorCodes.ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");
            }
        }
        Records.Validate(org.Metadata, org.Store, operation.Transaction, table, target);
        ColumnSecurity.RequireUpdate(org, operation.Transaction, operation.User, table, target);
        var changes = Records.Changes(table, target).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        if (table.HasStates && (changes.ContainsKey("statecode") || changes.ContainsKey("statuscode")))
        {
            var newState = (changes.GetValueOrDefault("statecode") as OptionSetValue)?.Value ?? state ?? 0;
            var status = (changes.GetValueOrDefault("statuscode") as OptionSetValue)?.Value;
            changes["statecode"] = new OptionSetValue(newState);
            changes["statuscode"] = new OptionSetValue(Records.StatusFor(table, newState, status));
        }
        if (changes.GetValueOrDefault("ownerid") is EntityReference owner)
        {
            OwnerRules.Require(org, operation.Transaction, table, owner);
        }
        changes["modifiedon"] = operation.Now;
        changes["modifiedby"] = new EntityReference("systemuser", operation.User.Id);
        Records.FillBaseCurrency(table, changes, target);
        var merged = current.Values.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            merged[change.Key] = change.Value;
        }
        Records.CheckAlternateKeys(org.Store, operation.Transaction, table, id, merged);
        org.Store.Write(table.LogicalName, id, changes, operation.Transaction);
        ActivityParties.Write(operation, table, id, target);
    }
}
