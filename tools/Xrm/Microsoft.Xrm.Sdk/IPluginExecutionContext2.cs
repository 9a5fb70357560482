using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The plug-in execution context with the Azure AD and portal identities of the caller.</summary>
    public interface IPluginExecutionContext2 : IExecutionContext, IPluginExecutionContext
    {
        Guid InitiatingUserApplicationId { get; }
        Guid InitiatingUserAzureActiveDirectoryObjectId { get; }
        bool IsPortalsClientCall { get; }
        Guid PortalsContactId { get; }
        Guid UserAzureActiveDirectoryObjectId { get; }
    }
}
