using System.Runtime.Serialization;
using System;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The id of the created record.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class CreateResponse : OrganizationResponse
    {
        public Guid id => Get<Guid>("id");
    }
}
