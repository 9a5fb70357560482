using System.Runtime.Serialization;
using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>Asks who the calling user is.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class WhoAmIRequest : OrganizationRequest
    {
        public WhoAmIRequest()
        {
            RequestName = "WhoAmI";
        }
    }
}
