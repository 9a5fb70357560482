using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.XrmSdk.Tests.Sdk;

public sealed class EntityTests
{
    [Fact]
    public void Entity_New_HasEmptyIdAndCollectionsAndNoState()
    {
        var entity = new Entity("account");

        Assert.Equal(Guid.Empty, entity.Id);
        Assert.Null(entity.EntityState);
        Assert.Null(entity.RowVersion);
        Assert.Empty(entity.KeyAttributes);
        Assert.Empty(entity.FormattedValues);
        Assert.Empty(entity.RelatedEntities);
        Assert.Null(new Entity().LogicalName);
    }

    [Fact]
    public void Entity_ConstructedWithId_DoesNotAddPrimaryKeyAttribute()
    {
        var entity = new Entity("account", Guid.NewGuid());

        Assert.Empty(entity.Attributes);
    }

    [Fact]
    public void Entity_IdSet_DoesNotAddAttribute()
    {
        var entity = new Entity("account");

        entity.Id = Guid.NewGuid();

        Assert.Empty(entity.Attributes);
    }

    [Fact]
    public void Entity_PrimaryKeyAttributeSet_DoesNotSetId()
    {
        var entity = new Entity("account");

        entity["accountid"] = Guid.NewGuid();

        Assert.Equal(Guid.Empty, entity.Id);
    }

    [Fact]
    public void Entity_MissingAttributeIndexer_ThrowsKeyNotFoundNamingTheKey()
    {
        var entity = new Entity("account");

        var error = Assert.Throws<KeyNotFoundException>(() => entity["missing"]);

        Assert.Equal("The given key 'missing' was not present in the dictionary.", error.Message);
    }

    [Fact]
    public void Entity_AttributeNames_AreCaseSensitive()
    {
        var entity = new Entity("account") { ["name"] = "Contoso" };

        Assert.False(entity.Contains("NAME"));
        Assert.Throws<KeyNotFoundException>(() => entity["NAME"]);
    }

    [Fact]
    public void GetAttributeValue_Missing_ReturnsTypeDefault()
    {
        var entity = new Entity("account");

        Assert.Null(entity.GetAttributeValue<string>("missing"));
        Assert.Equal(0, entity.GetAttributeValue<int>("missing"));
        Assert.Null(entity.GetAttributeValue<int?>("missing"));
    }

    [Fact]
    public void GetAttributeValue_WrongType_ThrowsInvalidCast()
    {
        var entity = new Entity("account") { ["name"] = "Contoso" };

        var error = Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<int>("name"));

        Assert.Equal("Unable to cast object of type 'System.String' to type 'System.Int32'.", error.Message);
    }

    [Fact]
    public void Entity_AttributeSetToNull_IsStillContained()
    {
        var entity = new Entity("account");

        entity["name"] = null;

        Assert.True(entity.Contains("name"));
        Assert.Single(entity.Attributes);
    }

    [Fact]
    public void TryGetAttributeValue_Missing_ReturnsFalseAndNull()
    {
        var entity = new Entity("account");

        var found = entity.TryGetAttributeValue<string>("missing", out var value);

        Assert.False(found);
        Assert.Null(value);
    }

    [Fact]
    public void TryGetAttributeValue_WrongType_ReturnsFalseAndDefault()
    {
        var entity = new Entity("account") { ["name"] = "Contoso" };

        var found = entity.TryGetAttributeValue<int>("name", out var value);

        Assert.False(found);
        Assert.Equal(0, value);
    }

    [Fact]
    public void ToEntityReference_EmptyId_KeepsTableAndEmptyIdWithoutName()
    {
        var entity = new Entity("account") { ["name"] = "Contoso" };

        var reference = entity.ToEntityReference();

        Assert.Equal("account/" + Guid.Empty, reference.LogicalName + "/" + reference.Id);
        Assert.Null(reference.Name);
    }

    [Fact]
    public void Entity_ToString_IsTheTypeName()
    {
        var entity = new Entity("account");

        Assert.Equal("Microsoft.Xrm.Sdk.Entity", entity.ToString());
    }

    [Fact]
    public void Attributes_AddDuplicateKey_ThrowsArgumentException()
    {
        var entity = new Entity("account");
        entity.Attributes.Add("k", 1);

        var error = Assert.Throws<ArgumentException>(() => entity.Attributes.Add("k", 2));

        Assert.Equal("An item with the same key has already been added. Key: k", error.Message);
    }

    [Fact]
    public void Attributes_EmptyEnumerator_IsTheDictionarysEmptyEnumerator()
    {
        var entity = new Entity("account");

        using var enumerator = entity.Attributes.GetEnumerator();

        Assert.Equal("System.GenericEmptyEnumerator`1", enumerator.GetType().GetGenericTypeDefinition().FullName);
    }

    [Fact]
    public void ToEntity_AsEntity_CopiesTableIdAndSharesAttributes()
    {
        var entity = new Entity("lead", Guid.NewGuid()) { ["subject"] = "Webinar" };

        var copy = entity.ToEntity<Entity>();

        Assert.NotSame(entity, copy);
        Assert.Equal(entity.Id, copy.Id);
        Assert.Equal("Webinar", copy["subject"]);
    }
}
