using System;

namespace FunnelCrm.Crm.Registration;

/// <summary>
/// Declares one plugin step on the class that implements it. This is the only place a step is declared:
/// the solution's step XML (<c>funnelcrm pack</c>), the emulator's registrations and the README's step table follow it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PluginStepAttribute : Attribute
{
    /// <summary>Declares a step.</summary>
    /// <param name="id">A stable step id (a GUID string); never change it once shipped.</param>
    /// <param name="message">The SDK message name, e.g. "Create", "Update", "QualifyLead".</param>
    /// <param name="table">The primary table's logical name.</param>
    /// <param name="stage">The pipeline stage.</param>
    public PluginStepAttribute(string id, string message, string table, PipelineStage stage)
    {
        Id = id;
        Message = message;
        Table = table;
        Stage = stage;
    }

    /// <summary>The stable step id.</summary>
    public string Id { get; }

    /// <summary>The SDK message name.</summary>
    public string Message { get; }

    /// <summary>The primary table's logical name.</summary>
    public string Table { get; }

    /// <summary>The pipeline stage.</summary>
    public PipelineStage Stage { get; }

    /// <summary>Synchronous (default) or asynchronous.</summary>
    public StepMode Mode { get; set; } = StepMode.Synchronous;

    /// <summary>Execution order among steps of the same message, table and stage (default 1).</summary>
    public int Rank { get; set; } = 1;

    /// <summary>For Update: the columns whose change fires the step; empty means every column.</summary>
    public string[] FilteringAttributes { get; set; } = new string[0];

    /// <summary>A short description shown in the plugin registration tool.</summary>
    public string Description { get; set; } = "";

    /// <summary>Whether an async step's system job is deleted when it succeeds (default true).</summary>
    public bool DeleteAsyncOperationOnSuccess { get; set; } = true;
}
