using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Related records of a record, by relationship.</summary>
    [CollectionDataContract(Name = "RelatedEntityCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
    {
        public RelatedEntityCollection()
        {
        }

        public override bool IsReadOnly
        {
            get => base.IsReadOnly;
            internal set => base.IsReadOnly = value;
        }
    }
}
