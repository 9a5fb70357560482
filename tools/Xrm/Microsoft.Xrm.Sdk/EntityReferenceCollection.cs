using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A list of record references.</summary>
    [CollectionDataContract(Name = "EntityReferenceCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class EntityReferenceCollection : DataCollection<EntityReference>
    {
        public EntityReferenceCollection()
        {
        }

        public EntityReferenceCollection(IList<EntityReference> list)
            : base(list)
        {
        }
    }
}
