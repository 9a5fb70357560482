using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The attribute values of a record, keyed by logical name (case-sensitive).</summary>
    [KnownType("GetKnownParameterTypes")]
    [CollectionDataContract(Name = "AttributeCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class AttributeCollection : DataCollection<string, object>
    {
        public AttributeCollection()
        {
        }

#pragma warning disable CS0628 // the official sealed type declares this constructor protected internal
        protected internal AttributeCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628

        private static IEnumerable<Type> GetKnownParameterTypes() => KnownTypes.Values();
    }
}
