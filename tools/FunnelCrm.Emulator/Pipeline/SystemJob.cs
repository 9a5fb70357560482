using System;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>The state of an asynchronous step's system job.</summary>
public enum SystemJobStatus
{
    /// <summary>Queued, not yet run.</summary>
    Waiting,
    /// <summary>Ran to completion.</summary>
    Succeeded,
    /// <summary>The plugin failed; the message and trace are kept.</summary>
    Failed,
}

/// <summary>An asynchronous step's system job (asyncoperation), as the tests see it after draining the queue.</summary>
public sealed class SystemJob
{
    internal SystemJob(StepRegistration step, string message, string table, Guid primaryId, DateTime createdOn)
    {
        Step = step;
        Message = message;
        Table = table;
        PrimaryEntityId = primaryId;
        CreatedOn = createdOn;
    }

    /// <summary>The step that queued it.</summary>
    public StepRegistration Step { get; }

    /// <summary>The message that queued it.</summary>
    public string Message { get; }

    /// <summary>The primary table.</summary>
    public string Table { get; }

    /// <summary>The primary row's id.</summary>
    public Guid PrimaryEntityId { get; }

    /// <summary>When the operation that queued it committed.</summary>
    public DateTime CreatedOn { get; }

    /// <summary>When it ran.</summary>
    public DateTime? CompletedOn { get; internal set; }

    /// <summary>Waiting, succeeded or failed.</summary>
    public SystemJobStatus Status { get; internal set; }

    /// <summary>The failure message, or null.</summary>
    public string? Error { get; internal set; }

    /// <summary>The error code of the failure, or 0.</summary>
    public int ErrorCode { get; internal set; }

    /// <summary>The plugin's trace text.</summary>
    public string Trace { get; internal set; } = "";
}
