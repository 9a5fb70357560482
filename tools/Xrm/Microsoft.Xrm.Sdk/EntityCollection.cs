using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A page of records with its paging state.</summary>
    [DataContract(Name = "EntityCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class EntityCollection : IExtensibleDataObject
    {
        public EntityCollection()
        {
            Entities = new DataCollection<Entity>();
        }

        public EntityCollection(IList<Entity> list)
        {
            Entities = new DataCollection<Entity>(list);
        }

        [DataMember]
        public DataCollection<Entity> Entities { get; private set; }

        [DataMember]
        public string EntityName { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        public Entity this[int index]
        {
            get => Entities[index];
            set => Entities[index] = value;
        }

        [DataMember]
        public string MinActiveRowVersion { get; set; }

        [DataMember]
        public bool MoreRecords { get; set; }

        [DataMember]
        public string PagingCookie { get; set; }

        [DataMember]
        public int TotalRecordCount { get; set; }

        [DataMember]
        public bool TotalRecordCountLimitExceeded { get; set; }
    }
}
