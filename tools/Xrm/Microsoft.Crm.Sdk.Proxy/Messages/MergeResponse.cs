using System.Runtime.Serialization;
using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The (empty) result of a merge.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class MergeResponse : OrganizationResponse
    {
    }
}
