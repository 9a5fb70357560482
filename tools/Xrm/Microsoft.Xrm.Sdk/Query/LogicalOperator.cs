using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>How the conditions of a filter combine.</summary>
    [DataContract(Name = "LogicalOperator", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public enum LogicalOperator
    {
        [EnumMember]
        And = 0,
        [EnumMember]
        Or = 1,
    }
}
