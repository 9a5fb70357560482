using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The QueryExpression a FetchXML query converts to.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class FetchXmlToQueryExpressionResponse : OrganizationResponse
    {
        public QueryExpression Query => ParameterValues.Get<QueryExpression>(Results, "Query");
    }
}
