using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The retrieved record.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveResponse : OrganizationResponse
    {
        public Entity Entity => Get<Entity>("Entity");

        public object Notifications => Get<object>("Notifications");
    }
}
