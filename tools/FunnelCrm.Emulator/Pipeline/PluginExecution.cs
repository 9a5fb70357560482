using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// The record of one plugin or workflow activity execution: what ran, at which stage and depth, its trace text,
/// its cost counters (the service calls it made, by message) and how it ended.
/// </summary>
public sealed class PluginExecution
{
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);

    internal PluginExecution(string handler, Guid stepId, string message, string table, int stage, int mode, int depth, DateTime startedOn)
    {
        Handler = handler;
        StepId = stepId;
        Message = message;
        Table = table;
        Stage = stage;
        Mode = mode;
        Depth = depth;
        StartedOn = startedOn;
    }

    /// <summary>The plugin or activity type's full name.</summary>
    public string Handler { get; }

    /// <summary>The step id (empty for workflow activities).</summary>
    public Guid StepId { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>The primary table.</summary>
    public string Table { get; }

    /// <summary>The stage (10, 20, 40; 0 for workflow activities).</summary>
    public int Stage { get; }

    /// <summary>0 synchronous, 1 asynchronous.</summary>
    public int Mode { get; }

    /// <summary>The context depth.</summary>
    public int Depth { get; }

    /// <summary>When it started (the organization clock).</summary>
    public DateTime StartedOn { get; }

    /// <summary>The trace text.</summary>
    public string Trace { get; internal set; } = "";

    /// <summary>The failure message, or null when it succeeded.</summary>
    public string? Error { get; internal set; }

    /// <summary>Service calls made through the services it was given, by message name.</summary>
    public IReadOnlyDictionary<string, int> ServiceCalls => calls.ToDictionary(p => p.Key, p => p.Value);

    /// <summary>All service calls it made.</summary>
    public int TotalServiceCalls => calls.Values.Sum();

    internal void Count(string message) => calls.AddOrUpdate(message ?? "", 1, (_, n) => n + 1);
}
