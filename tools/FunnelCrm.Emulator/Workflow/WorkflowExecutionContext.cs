using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Emulator.Workflow;

/// <summary>The IWorkflowContext a custom workflow activity reads through GetExtension.</summary>
internal sealed class WorkflowExecutionContext : Pipeline.ExecutionContext, IWorkflowContext
{
    public IWorkflowContext? ParentContext { get; set; }

    public string StageName { get; set; } = "";

    public int WorkflowCategory { get; set; }

    public int WorkflowMode { get; set; }

    IWorkflowContext IWorkflowContext.ParentContext => ParentContext!;
}
