using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Alternate-key values that identify a record.</summary>
    [CollectionDataContract(Name = "KeyAttributeCollection", Namespace = "http://schemas.microsoft.com/xrm/7.1/Contracts")]
    public sealed class KeyAttributeCollection : DataCollection<string, object>
    {
        public KeyAttributeCollection()
        {
        }

#pragma warning disable CS0628 // the official sealed type declares this constructor protected internal
        protected internal KeyAttributeCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}
