using System;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>
/// RetrieveAttribute: a column's definition by table and column logical name (inputs EntityLogicalName and LogicalName;
/// output AttributeMetadata). The offline SDK layer carries no metadata types, so the output is an
/// <see cref="AttributeDefinition"/> with the members code reads from the SDK's metadata classes by name.
/// </summary>
internal sealed class RetrieveAttributeHandler : IMessageHandler
{
    public bool LocksPrimary => false;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction) => ("", Guid.Empty);

    public void Execute(Operation operation)
    {
        var table = operation.Required<string>("EntityLogicalName");
        var column = operation.Organization.Metadata.GetColumn(table, operation.Required<string>("LogicalName"));
        operation.Output["AttributeMetadata"] = new AttributeDefinition(table, column);
    }
}
