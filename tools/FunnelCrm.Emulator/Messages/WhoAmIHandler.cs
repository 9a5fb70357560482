using System;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>WhoAmI: the calling user, their business unit and the organization.</summary>
internal sealed class WhoAmIHandler : IMessageHandler
{
    public bool LocksPrimary => false;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction) => ("", Guid.Empty);

    public void Execute(Operation operation)
    {
        operation.Output["UserId"] = operation.User.Id;
        operation.Output["BusinessUnitId"] = operation.User.BusinessUnitId;
        operation.Output["OrganizationId"] = operation.Organization.Id;
    }
}
