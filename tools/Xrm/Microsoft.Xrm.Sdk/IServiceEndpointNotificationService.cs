namespace Microsoft.Xrm.Sdk
{
    /// <summary>Posts an execution context to a registered service endpoint.</summary>
    public interface IServiceEndpointNotificationService
    {
        string Execute(EntityReference serviceEndpoint, IExecutionContext context);
    }
}
