using System;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Query.FetchXml;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>
/// FetchXmlToQueryExpression: the QueryExpression the FetchXML translates to (the one the engine runs; a distinct
/// countcolumn and aggregatelimit, which QueryExpression cannot hold, are dropped). Broken FetchXML fails as RetrieveMultiple fails.
/// </summary>
internal sealed class FetchXmlToQueryExpressionHandler : IMessageHandler
{
    public bool LocksPrimary => false;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction) => ("", Guid.Empty);

    public void Execute(Operation operation)
    {
        var fetchXml = operation.Get<string>("FetchXml") ?? throw Faults.InvalidArgument("Required field 'FetchXml' is missing for the FetchXmlToQueryExpression message.");
        operation.Output["Query"] = FetchXmlReader.Read(fetchXml, operation.Organization.Metadata).Query;
    }
}
