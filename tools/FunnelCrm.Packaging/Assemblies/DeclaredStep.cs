using System.Collections.Generic;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Packaging.Assemblies;

/// <summary>A [PluginStep] declaration as the built assembly carries it.</summary>
public sealed class DeclaredStep
{
    /// <summary>A step declaration.</summary>
    public DeclaredStep(string id, string message, string table, PipelineStage stage)
    {
        Id = id;
        Message = message;
        Table = table;
        Stage = stage;
    }

    /// <summary>The stable step id as declared.</summary>
    public string Id { get; }

    /// <summary>The SDK message.</summary>
    public string Message { get; }

    /// <summary>The primary table.</summary>
    public string Table { get; }

    /// <summary>The stage.</summary>
    public PipelineStage Stage { get; }

    /// <summary>The mode.</summary>
    public StepMode Mode { get; set; } = StepMode.Synchronous;

    /// <summary>The rank.</summary>
    public int Rank { get; set; } = 1;

    /// <summary>The filtering attributes (empty: all columns).</summary>
    public IReadOnlyList<string> FilteringAttributes { get; set; } = new string[0];

    /// <summary>The description.</summary>
    public string Description { get; set; } = "";

    /// <summary>Whether a successful async job is deleted.</summary>
    public bool DeleteAsyncOperationOnSuccess { get; set; } = true;
}
