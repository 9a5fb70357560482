using System.Runtime.Serialization;
using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The calling user, business unit and organization.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class WhoAmIResponse : OrganizationResponse
    {
        public Guid BusinessUnitId => ParameterValues.Get<Guid>(Results, "BusinessUnitId");

        public Guid OrganizationId => ParameterValues.Get<Guid>(Results, "OrganizationId");

        public Guid UserId => ParameterValues.Get<Guid>(Results, "UserId");
    }
}
