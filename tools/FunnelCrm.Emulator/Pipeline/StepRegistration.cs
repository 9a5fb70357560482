using System;
using System.Collections.Generic;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// One registered plugin step (an sdkmessageprocessingstep): the plugin type, message, table, stage, mode, rank,
/// filtering attributes, images and configuration. Made from the code declarations or, for test plugins, directly.
/// </summary>
public sealed class StepRegistration
{
    /// <summary>Describes a step of <paramref name="pluginType"/> (an IPlugin).</summary>
    public StepRegistration(Type pluginType, string message, string table, PipelineStage stage)
    {
        PluginType = pluginType;
        Message = message;
        Table = table.ToLowerInvariant();
        Stage = stage;
        Name = $"{pluginType.FullName}: {message} of {(table.Length == 0 ? "any table" : table)}";
    }

    /// <summary>The step id.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The step's name (shown in traces and system jobs).</summary>
    public string Name { get; init; }

    /// <summary>The plugin class.</summary>
    public Type PluginType { get; }

    /// <summary>The SDK message name.</summary>
    public string Message { get; }

    /// <summary>The primary table ("" for any table).</summary>
    public string Table { get; }

    /// <summary>The stage.</summary>
    public PipelineStage Stage { get; }

    /// <summary>Synchronous or asynchronous.</summary>
    public StepMode Mode { get; init; } = StepMode.Synchronous;

    /// <summary>Order among steps of the same message, table and stage.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>For Update: the columns whose presence in the Target fires the step (empty: any).</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();

    /// <summary>The images.</summary>
    public IReadOnlyList<ImageRegistration> Images { get; init; } = Array.Empty<ImageRegistration>();

    /// <summary>The unsecure configuration passed to a (string, string) constructor.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>The secure configuration passed to a (string, string) constructor.</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>
    /// The plugin instance to run, for a host's own platform steps that hold state (null: the organization creates one
    /// instance of <see cref="PluginType"/>, as Dataverse does).
    /// </summary>
    public IPlugin? Instance { get; init; }

    /// <summary>Whether a successful async job is deleted (kept otherwise); failed jobs are always kept.</summary>
    public bool DeleteAsyncOperationOnSuccess { get; init; } = true;
}
