using System;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>The main operation of one SDK message.</summary>
internal interface IMessageHandler
{
    /// <summary>The primary table and row id the pipeline reports (Guid.Empty when there is none yet).</summary>
    (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction);

    /// <summary>Whether the operation writes the primary row, taking its lock for the rest of the transaction.</summary>
    bool LocksPrimary { get; }

    /// <summary>Whether steps get pre- and post-images of the primary row.</summary>
    bool HasImages { get; }

    /// <summary>Performs the operation, writing outputs to the operation's output parameters.</summary>
    void Execute(Operation operation);
}
