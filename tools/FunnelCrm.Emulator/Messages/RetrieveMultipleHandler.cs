using System;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Query;
using FunnelCrm.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Messages;

/// <summary>RetrieveMultiple with QueryExpression, QueryByAttribute or FetchExpression; the user needs read access to every table the query touches.</summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public bool LocksPrimary => false;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var spec = QueryEngine.Normalize(input.TryGetValue("Query", out var value) ? value as QueryBase : null, pipeline.Organization.Metadata);
        return (pipeline.Organization.Metadata.GetTable(spec.Query.EntityName).LogicalName, Guid.Empty);
    }

    public void Execute(Operation operation)
    {
        var org = operation.Organization;
        var spec = QueryEngine.Normalize(operation.Required<QueryBase>("Query"), org.Metadata);
        foreach (var table in QueryEngine.Tables(spec.Query))
        {
            operation.Require("Read", table);
        }
        var engine = new QueryEngine(org.Metadata, org.Store, operation.Transaction, operation.Now, operation.User.Id, org.Formatter(operation.Transaction));
        var rows = engine.Execute(spec);
        foreach (var row in rows.Entities)
        {
            ColumnSecurity.HideUnreadable(org, operation.Transaction, operation.User, row);
        }
        operation.Output["EntityCollection"] = rows;
    }
}
