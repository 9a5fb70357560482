namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>An argument annotation of the built-in workflow activities.</summary>
    public interface IWorkflowArgument
    {
        object ArgumentValue { get; }
    }
}
