using System;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Query;
using FunnelCrm.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Messages;

/// <summary>RetrieveMultiple with QueryExpression or QueryByAttribute; the user needs read access to every table the query touches.</summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public bool LocksPrimary => false;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var query = QueryEngine.Normalize(input.TryGetValue("Query", out var value) ? value as QueryBase : null);
        pipeline.Organization.Metadata.GetTable(query.EntityName);
        return (query.EntityName, Guid.Empty);
    }

    public void Execute(Operation operation)
    {
        var query = QueryEngine.Normalize(operation.Required<QueryBase>("Query"));
        foreach (var table in QueryEngine.Tables(query))
        {
            operation.Require("Read", table);
        }
        var org = operation.Organization;
        var engine = new QueryEngine(org.Metadata, org.Store, operation.Transaction, operation.Now, operation.User.Id);
        var rows = engine.Execute(query);
        foreach (var row in rows.Entities)
        {
            ColumnSecurity.HideUnreadable(org, operation.Transaction, operation.User, row);
        }
        operation.Output["EntityCollection"] = rows;
    }
}
