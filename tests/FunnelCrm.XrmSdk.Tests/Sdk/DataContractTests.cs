using System;
using System.IO;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.XrmSdk.Tests.Sdk;

public sealed class DataContractTests
{
    [Theory]
    [InlineData(typeof(Entity), "Entity", "http://schemas.microsoft.com/xrm/2011/Contracts")]
    [InlineData(typeof(EntityReference), "EntityReference", "http://schemas.microsoft.com/xrm/2011/Contracts")]
    [InlineData(typeof(ExecuteMultipleSettings), "ExecuteMultipleSettings", "http://schemas.microsoft.com/xrm/2012/Contracts")]
    public void DataContract_OfSdkType_HasOfficialNameAndNamespace(Type type, string name, string ns)
    {
        var contract = (DataContractAttribute)Attribute.GetCustomAttribute(type, typeof(DataContractAttribute))!;

        Assert.Equal(name, contract.Name);
        Assert.Equal(ns, contract.Namespace);
    }

    [Fact]
    public void DataContractSerializer_Entity_RoundTripsAttributes()
    {
        var id = new Guid("22222222-2222-2222-2222-222222222222");
        var entity = new Entity("account", id) { ["name"] = "n", ["amt"] = new Money(2) };
        var serializer = new DataContractSerializer(typeof(Entity));
        using var stream = new MemoryStream();

        serializer.WriteObject(stream, entity);
        stream.Position = 0;
        var copy = (Entity)serializer.ReadObject(stream)!;

        Assert.Equal("account", copy.LogicalName);
        Assert.Equal(id, copy.Id);
        Assert.Equal("n", copy.GetAttributeValue<string>("name"));
        Assert.Equal(2m, copy.GetAttributeValue<Money>("amt").Value);
    }
}
