using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Named request, response and context parameters (case-sensitive keys).</summary>
    [KnownType("GetKnownParameterTypes")]
    [CollectionDataContract(Name = "ParameterCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class ParameterCollection : DataCollection<string, object>
    {
        public ParameterCollection()
        {
        }

        protected ParameterCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }

        /// <summary>Sets the parameter when <paramref name="obj"/> is not null.</summary>
        public void AddOrUpdateIfNotNull(string key, object obj)
        {
            if (obj != null)
            {
                this[key] = obj;
            }
        }

        private static IEnumerable<Type> GetKnownParameterTypes() => KnownTypes.Values();
    }
}
