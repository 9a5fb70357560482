namespace Microsoft.Xrm.Sdk
{
    /// <summary>The status an <see cref="InvalidPluginExecutionException"/> reports for the operation.</summary>
    public enum OperationStatus
    {
        Failed = 0,
        Canceled = 1,
        Retry = 2,
        Suspended = 3,
        Succeeded = 4,
    }
}
