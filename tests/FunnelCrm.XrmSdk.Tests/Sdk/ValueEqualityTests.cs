using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.XrmSdk.Tests.Sdk;

public sealed class ValueEqualityTests
{
    private static readonly Guid LeadId = new("33333333-3333-3333-3333-333333333333");

    [Fact]
    public void EntityReference_SameTableAndId_Equal()
    {
        var left = new EntityReference("lead", LeadId);
        var right = new EntityReference("lead", LeadId);

        Assert.True(left.Equals(right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void EntityReference_TableNameCaseDiffers_NotEqual()
    {
        var left = new EntityReference("lead", LeadId);
        var right = new EntityReference("Lead", LeadId);

        Assert.False(left.Equals(right));
    }

    [Fact]
    public void EntityReference_OnlyNameDiffers_Equal()
    {
        var left = new EntityReference("lead", LeadId) { Name = "Contoso" };
        var right = new EntityReference("lead", LeadId) { Name = "Fabrikam" };

        Assert.True(left.Equals(right));
    }

    [Fact]
    public void EntityReference_EqualityOperator_ComparesReferences()
    {
        var left = new EntityReference("lead", LeadId);
        var right = new EntityReference("lead", LeadId);

        Assert.False(left == right);
        Assert.Equal("Microsoft.Xrm.Sdk.EntityReference", left.ToString());
    }

    [Fact]
    public void Money_SameAmount_EqualAndToStringIsTypeName()
    {
        var left = new Money(12.5m);

        Assert.True(left.Equals(new Money(12.5m)));
        Assert.Equal("Microsoft.Xrm.Sdk.Money", left.ToString());
    }

    [Fact]
    public void OptionSetValue_SameValue_EqualAndToStringIsTypeName()
    {
        var left = new OptionSetValue(3);

        Assert.True(left.Equals(new OptionSetValue(3)));
        Assert.Equal("Microsoft.Xrm.Sdk.OptionSetValue", left.ToString());
    }

    [Fact]
    public void Relationship_ToString_IsSchemaNameDotRole()
    {
        var relationship = new Relationship("x");

        Assert.Equal("x.", relationship.ToString());
    }

    [Fact]
    public void Relationship_SameSchemaName_EqualButCaseSensitive()
    {
        var relationship = new Relationship("funnel_lead_stage");

        Assert.True(relationship.Equals(new Relationship("funnel_lead_stage")));
        Assert.False(relationship.Equals(new Relationship("Funnel_Lead_Stage")));
    }

    [Fact]
    public void AliasedValue_ToString_IsTypeName()
    {
        var value = new AliasedValue("account", "name", "Contoso");

        Assert.Equal("Microsoft.Xrm.Sdk.AliasedValue", value.ToString());
        Assert.Equal("Contoso", value.Value);
    }
}
