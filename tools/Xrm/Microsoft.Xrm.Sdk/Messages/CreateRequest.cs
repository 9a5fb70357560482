using System.Runtime.Serialization;
using System;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Creates a record.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class CreateRequest : OrganizationRequest
    {
        public CreateRequest()
        {
            RequestName = "Create";
            Parameters["Target"] = null;
        }

        public Entity Target
        {
            get => Get<Entity>("Target");
            set => Parameters["Target"] = value;
        }
    }
}
