namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The direction of a built-in workflow activity argument.</summary>
    public enum ArgumentDirection
    {
        Input = 0,
        Output = 1,
    }
}
