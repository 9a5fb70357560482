using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Creates organization services acting as a given user (null: the step's user).</summary>
    public interface IOrganizationServiceFactory
    {
        IOrganizationService CreateOrganizationService(Guid? userId);
    }
}
