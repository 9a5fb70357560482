using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>The execution context the emulator hands to plugins (and, through its workflow subclass, to activities).</summary>
internal class ExecutionContext : IExecutionContext
{
    public Guid BusinessUnitId { get; set; }
    public Guid CorrelationId { get; set; }
    public int Depth { get; set; }
    public Guid InitiatingUserId { get; set; }
    public ParameterCollection InputParameters { get; set; } = new();
    public bool IsExecutingOffline => false;
    public bool IsInTransaction { get; set; }
    public bool IsOfflinePlayback => false;
    public int IsolationMode => 2;
    public string MessageName { get; set; } = "";
    public int Mode { get; set; }
    public DateTime OperationCreatedOn { get; set; }
    public Guid OperationId { get; set; }
    public Guid OrganizationId { get; set; }
    public string OrganizationName { get; set; } = "";
    public ParameterCollection OutputParameters { get; set; } = new();
    public EntityReference? OwningExtension { get; set; }
    public EntityImageCollection PostEntityImages { get; set; } = new();
    public EntityImageCollection PreEntityImages { get; set; } = new();
    public Guid PrimaryEntityId { get; set; }
    public string PrimaryEntityName { get; set; } = "";
    public Guid? RequestId { get; set; }
    public string SecondaryEntityName { get; set; } = "none";
    public ParameterCollection SharedVariables { get; set; } = new();
    public Guid UserId { get; set; }

    EntityReference IExecutionContext.OwningExtension => OwningExtension!;
}

/// <summary>A plugin's context: adds the stage and the parent context.</summary>
internal sealed class PluginExecutionContext : ExecutionContext, IPluginExecutionContext
{
    public int Stage { get; set; }

    public IPluginExecutionContext? ParentContext { get; set; }

    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext!;

    public PluginExecutionContext CloneForStep() => new()
    {
        BusinessUnitId = BusinessUnitId, CorrelationId = CorrelationId, Depth = Depth, InitiatingUserId = InitiatingUserId,
        InputParameters = InputParameters, IsInTransaction = IsInTransaction, MessageName = MessageName, Mode = Mode,
        OperationCreatedOn = OperationCreatedOn, OperationId = OperationId, OrganizationId = OrganizationId, OrganizationName = OrganizationName,
        OutputParameters = OutputParameters, OwningExtension = OwningExtension, PrimaryEntityId = PrimaryEntityId, PrimaryEntityName = PrimaryEntityName,
        RequestId = RequestId, SecondaryEntityName = SecondaryEntityName, SharedVariables = SharedVariables, UserId = UserId,
        Stage = Stage, ParentContext = ParentContext,
    };
}
