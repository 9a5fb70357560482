using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Workflow;

/// <summary>How a workflow activity is run: the process's primary row, the user it runs as, real-time or background.</summary>
public sealed class WorkflowRun
{
    /// <summary>Describes a run against a primary row.</summary>
    public WorkflowRun(EntityReference primaryEntity)
    {
        PrimaryEntity = primaryEntity;
    }

    /// <summary>The row the process runs on.</summary>
    public EntityReference PrimaryEntity { get; }

    /// <summary>The user the process runs as (null: SYSTEM).</summary>
    public Guid? UserId { get; init; }

    /// <summary>The message that started the process (default "ExecuteWorkflow", an on-demand run).</summary>
    public string MessageName { get; init; } = "ExecuteWorkflow";

    /// <summary>Real-time (synchronous, one transaction rolled back on failure) or background (each call its own transaction).</summary>
    public bool IsRealTime { get; init; }

    /// <summary>
    /// When the process's system job was created (null: now). Dataverse hands a workflow activity this time as
    /// OperationCreatedOn, also when the process waited (a timeout or a wait condition) before the activity runs; the
    /// current time is the organization's clock, which the runner offers as the <c>IClock</c> extension.
    /// </summary>
    public DateTime? JobCreatedOn { get; init; }
}
