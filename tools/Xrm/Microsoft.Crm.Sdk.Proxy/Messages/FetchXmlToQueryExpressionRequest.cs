using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>Converts a FetchXML query to a QueryExpression.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class FetchXmlToQueryExpressionRequest : OrganizationRequest
    {
        public FetchXmlToQueryExpressionRequest()
        {
            RequestName = "FetchXmlToQueryExpression";
        }

        public string FetchXml
        {
            get => ParameterValues.Get<string>(Parameters, "FetchXml");
            set => Parameters["FetchXml"] = value;
        }
    }
}
