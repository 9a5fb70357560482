using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The display texts of a record's attribute values.</summary>
    [CollectionDataContract(Name = "FormattedValueCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class FormattedValueCollection : DataCollection<string, string>
    {
        public FormattedValueCollection()
        {
        }

#pragma warning disable CS0628 // the official sealed type declares this constructor protected internal
        protected internal FormattedValueCollection(IDictionary<string, string> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}
