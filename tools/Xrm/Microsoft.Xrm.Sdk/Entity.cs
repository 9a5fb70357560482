using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// A record: table logical name, id and attribute values (case-sensitive names). The id and the primary-key attribute
    /// are independent; a missing attribute reads as the type's default through <see cref="GetAttributeValue{T}"/>.
    /// </summary>
    [DataContract(Name = "Entity", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class Entity : IExtensibleDataObject
    {
        public Entity()
        {
            Attributes = new AttributeCollection();
            KeyAttributes = new KeyAttributeCollection();
            FormattedValues = new FormattedValueCollection();
            RelatedEntities = new RelatedEntityCollection();
        }

        public Entity(string entityName)
            : this()
        {
            LogicalName = entityName;
        }

        public Entity(string entityName, Guid id)
            : this(entityName)
        {
            Id = id;
        }

        public Entity(string entityName, KeyAttributeCollection keyAttributes)
            : this(entityName)
        {
            KeyAttributes = keyAttributes;
        }

        public Entity(string entityName, string keyName, object keyValue)
            : this(entityName)
        {
            KeyAttributes[keyName] = keyValue;
        }

        [DataMember]
        public AttributeCollection Attributes { get; set; }

        [DataMember]
        public EntityState? EntityState { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        [DataMember]
        public FormattedValueCollection FormattedValues { get; internal set; }

        public bool HasLazyFileAttribute { get; set; }

        [DataMember]
        public virtual Guid Id { get; set; }

        public object this[string attributeName]
        {
            get => Attributes[attributeName];
            set => Attributes[attributeName] = value;
        }

        [DataMember]
        public KeyAttributeCollection KeyAttributes { get; set; }

        public string LazyFileAttributeKey { get; set; }

        public Lazy<object> LazyFileAttributeValue { get; set; }

        public string LazyFileSizeAttributeKey { get; set; }

        public int LazyFileSizeAttributeValue { get; set; }

        [DataMember]
        public string LogicalName { get; set; }

        [DataMember]
        public RelatedEntityCollection RelatedEntities { get; internal set; }

        [DataMember]
        public string RowVersion { get; set; }

        public bool Contains(string attributeName) => Attributes.Contains(attributeName);

        /// <summary>The attribute's value cast to <typeparamref name="T"/>; the default of T when absent or null.</summary>
        public virtual T GetAttributeValue<T>(string attributeLogicalName)
        {
            if (!Attributes.TryGetValue(attributeLogicalName, out var value) || value == null)
            {
                return default;
            }

            return (T)value;
        }

        /// <summary>True with the value when the attribute is present and of type <typeparamref name="T"/>.</summary>
        public bool TryGetAttributeValue<T>(string attributeKey, out T result)
        {
            if (Attributes.TryGetValue(attributeKey, out var value) && value is T typed)
            {
                result = typed;
                return true;
            }

            result = default;
            return false;
        }

        /// <summary>A copy of this record's state as <typeparamref name="T"/>, sharing its collections.</summary>
        public T ToEntity<T>()
            where T : Entity
        {
            if (typeof(T) == typeof(Entity))
            {
                var copy = new Entity();
                ShallowCopyTo(copy);
                return (T)copy;
            }

            var target = Activator.CreateInstance<T>();
            if (!string.IsNullOrEmpty(target.LogicalName) && !string.Equals(target.LogicalName, LogicalName, StringComparison.Ordinal))
            {
                throw new NotSupportedException(
                    "Cannot convert a '" + LogicalName + "' record to " + typeof(T).Name + " ('" + target.LogicalName + "').");
            }

            ShallowCopyTo(target);
            return target;
        }

        public EntityReference ToEntityReference() =>
            new EntityReference(LogicalName, Id) { KeyAttributes = KeyAttributes, RowVersion = RowVersion };

        protected virtual string GetFormattedAttributeValue(string attributeLogicalName) =>
            FormattedValues.TryGetValue(attributeLogicalName, out var text) ? text : null;

        protected virtual void SetAttributeValue(string attributeLogicalName, object value) => Attributes[attributeLogicalName] = value;

        protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
            where TEntity : Entity
        {
            var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            return RelatedEntities.TryGetValue(key, out var related) ? related.Entities.Select(e => e.ToEntity<TEntity>()) : null;
        }

        protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
            where TEntity : Entity
        {
            var related = GetRelatedEntities<TEntity>(relationshipSchemaName, primaryEntityRole);
            return related?.FirstOrDefault();
        }

        protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
            where TEntity : Entity
        {
            var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (entities == null)
            {
                RelatedEntities.Remove(key);
                return;
            }

            var records = entities.Cast<Entity>().ToList();
            RelatedEntities[key] = new EntityCollection(records) { EntityName = records.Count > 0 ? records[0].LogicalName : null };
        }

        protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
            where TEntity : Entity =>
            SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });

        private void ShallowCopyTo(Entity target)
        {
            target.LogicalName = LogicalName;
            target.Id = Id;
            target.Attributes = Attributes;
            target.KeyAttributes = KeyAttributes;
            target.EntityState = EntityState;
            target.FormattedValues = FormattedValues;
            target.RelatedEntities = RelatedEntities;
            target.RowVersion = RowVersion;
            target.ExtensionData = ExtensionData;
        }
    }
}
