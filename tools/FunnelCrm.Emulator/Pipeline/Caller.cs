using System;
using FunnelCrm.Emulator.Data;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>Who calls the service and from where: the user, the initiating user, the calling plugin's context, transaction and cost record.</summary>
internal sealed class Caller
{
    public Caller(Guid userId, Guid initiatingUserId)
    {
        UserId = userId;
        InitiatingUserId = initiatingUserId;
    }

    public Guid UserId { get; }

    public Guid InitiatingUserId { get; }

    /// <summary>The context of the plugin making the call (null at the top level).</summary>
    public IPluginExecutionContext? Parent { get; init; }

    /// <summary>The transaction the call joins (null: it starts its own).</summary>
    public Transaction? Transaction { get; init; }

    /// <summary>The execution whose cost counters count this call.</summary>
    public PluginExecution? Execution { get; init; }

    /// <summary>The depth of the calling context (0 at the top level).</summary>
    public int ParentDepth { get; init; }

    public Guid CorrelationId { get; init; } = Guid.NewGuid();

    public bool InsideExecuteMultiple { get; init; }

    public Caller As(Guid userId) => new(userId, InitiatingUserId)
    {
        Parent = Parent, Transaction = Transaction, Execution = Execution, ParentDepth = ParentDepth,
        CorrelationId = CorrelationId, InsideExecuteMultiple = InsideExecuteMultiple,
    };
}
