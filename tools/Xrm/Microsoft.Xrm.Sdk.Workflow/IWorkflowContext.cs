namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The execution context of a custom workflow activity.</summary>
    public interface IWorkflowContext : IExecutionContext
    {
        IWorkflowContext ParentContext { get; }
        string StageName { get; }
        int WorkflowCategory { get; }
        int WorkflowMode { get; }
    }
}
