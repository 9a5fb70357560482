using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A query RetrieveMultiple accepts.</summary>
    [KnownType(typeof(QueryExpression))]
    [KnownType(typeof(QueryByAttribute))]
    [KnownType(typeof(FetchExpression))]
    [DataContract(Name = "QueryBase", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public abstract class QueryBase : IExtensibleDataObject
    {
        protected QueryBase()
        {
        }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
