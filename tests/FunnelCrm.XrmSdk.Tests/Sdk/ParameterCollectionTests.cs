using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.XrmSdk.Tests.Sdk;

public sealed class ParameterCollectionTests
{
    [Fact]
    public void ParameterCollection_MissingKey_ThrowsKeyNotFoundNamingTheKey()
    {
        var parameters = new ParameterCollection();

        var error = Assert.Throws<KeyNotFoundException>(() => parameters["x"]);

        Assert.Equal("The given key 'x' was not present in the dictionary.", error.Message);
    }

    [Fact]
    public void ParameterCollection_Keys_AreCaseSensitive()
    {
        var parameters = new ParameterCollection { ["Target"] = 1 };

        Assert.False(parameters.Contains("target"));
    }

    [Fact]
    public void AddOrUpdateIfNotNull_NullValue_LeavesCollectionUnchanged()
    {
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull("Target", null);
        parameters.AddOrUpdateIfNotNull("Depth", 1);

        Assert.False(parameters.Contains("Target"));
        Assert.Equal(1, parameters["Depth"]);
    }

    [Fact]
    public void EntityImageCollection_AddThenGet_ReturnsImage()
    {
        var images = new EntityImageCollection();
        var image = new Entity("a");

        images.Add("PreImage", image);

        Assert.Equal("a", images["PreImage"].LogicalName);
    }

    [Fact]
    public void EntityCollection_New_HasDefaults()
    {
        var records = new EntityCollection();

        Assert.Empty(records.Entities);
        Assert.Null(records.EntityName);
        Assert.False(records.MoreRecords);
        Assert.Equal(0, records.TotalRecordCount);
        Assert.Null(records.PagingCookie);
    }

    [Fact]
    public void EntityCollection_FromList_LeavesEntityNameNull()
    {
        var records = new EntityCollection(new List<Entity> { new("lead") });

        Assert.Null(records.EntityName);
        Assert.Single(records.Entities);
    }

    [Fact]
    public void ExecuteMultipleSettings_New_NeitherContinuesNorReturns()
    {
        var settings = new ExecuteMultipleSettings();

        Assert.False(settings.ContinueOnError);
        Assert.False(settings.ReturnResponses);
    }
}
