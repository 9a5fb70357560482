namespace Microsoft.Xrm.Sdk
{
    /// <summary>The execution context of a plug-in step: adds the pipeline stage and the parent context.</summary>
    public interface IPluginExecutionContext : IExecutionContext
    {
        IPluginExecutionContext ParentContext { get; }
        int Stage { get; }
    }
}
