using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>What Dataverse tells a plug-in or workflow activity about the operation it runs in.</summary>
    public interface IExecutionContext
    {
        Guid BusinessUnitId { get; }
        Guid CorrelationId { get; }
        int Depth { get; }
        Guid InitiatingUserId { get; }
        ParameterCollection InputParameters { get; }
        bool IsExecutingOffline { get; }
        bool IsInTransaction { get; }
        bool IsOfflinePlayback { get; }
        int IsolationMode { get; }
        string MessageName { get; }
        int Mode { get; }
        DateTime OperationCreatedOn { get; }
        Guid OperationId { get; }
        Guid OrganizationId { get; }
        string OrganizationName { get; }
        ParameterCollection OutputParameters { get; }
        EntityReference OwningExtension { get; }
        EntityImageCollection PostEntityImages { get; }
        EntityImageCollection PreEntityImages { get; }
        Guid PrimaryEntityId { get; }
        string PrimaryEntityName { get; }
        Guid? RequestId { get; }
        string SecondaryEntityName { get; }
        ParameterCollection SharedVariables { get; }
        Guid UserId { get; }
    }
}
