using System.Globalization;
using System.Runtime.Serialization;
using System.Text;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The fault the organization service returns when an operation fails.</summary>
    [DataContract(Name = "OrganizationServiceFault", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationServiceFault : BaseServiceFault
    {
        [DataMember]
        public OrganizationServiceFault InnerFault { get; set; }

        [DataMember]
        public string TraceText { get; set; }

        public override string ToString()
        {
            var text = new StringBuilder();
            for (var fault = this; fault != null; fault = fault.InnerFault)
            {
                text.AppendLine(string.Format(CultureInfo.InvariantCulture, "ErrorCode: {0:X8}, Message: {1}", fault.ErrorCode, fault.Message));
            }

            return text.ToString();
        }
    }
}
