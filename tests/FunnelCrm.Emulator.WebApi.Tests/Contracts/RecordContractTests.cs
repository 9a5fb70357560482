using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Tests.Support;

namespace FunnelCrm.Emulator.WebApi.Tests.Contracts;

/// <summary>
/// Microsoft's documented create, update, upsert, delete and paging examples (create-entity-web-api.md,
/// update-delete-entities-using-web-api.md, perform-conditional-operations-using-web-api.md, query/page-results.md),
/// request lines, headers and bodies as the pages show them, answered by the host as the pages say.
/// </summary>
public sealed class RecordContractTests : IAsyncLifetime
{
    private const string SampleAccount = """
        {
            "name": "Sample Account",
            "creditonhold": false,
            "address1_latitude": 47.639583,
            "description": "This is the description of the sample account",
            "revenue": 5000000,
            "accountcategorycode": 1
        }
        """;

    private const string UpdatedAccount = """
        {
            "name": "Updated Sample Account ",
            "creditonhold": true,
            "address1_latitude": 47.639583,
            "description": "This is the updated description of the sample account",
            "revenue": 6000000,
            "accountcategorycode": 2
        }
        """;

    private ApiHost host = null!;

    public async Task InitializeAsync() => host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task BasicCreate_AsDocumented_Is204WithTheRecordUrlInODataEntityId()
    {
        var response = await host.Admin.PostAsync("accounts", Http.Json(SampleAccount));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var url = response.Headers.GetValues("OData-EntityId").Single();
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/api/data/v9\.2/accounts\([0-9a-f-]{36}\)$", url);
        var id = Guid.Parse(url.Substring(url.Length - 37, 36));
        Assert.Equal("Sample Account", host.Organization.CreateService().Retrieve("account", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public async Task CreateWithDataReturned_AsDocumented_Is201WithTheSelectedColumnsEtagAndCurrency()
    {
        var request = Http.Request(HttpMethod.Post, "accounts?$select=name,creditonhold,address1_latitude,description,revenue,accountcategorycode,createdon", SampleAccount,
            ("Prefer", "return=representation"));

        var response = await host.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("return=representation", response.Headers.GetValues("Preference-Applied").Single());
        Assert.False(response.Headers.Contains("OData-EntityId"));
        var body = await Http.JsonOf(response);
        Assert.Equal(host.Host.ServiceRoot + "$metadata#accounts/$entity", body.GetProperty("@odata.context").GetString());
        Assert.Matches("^W/\"\\d+\"$", body.GetProperty("@odata.etag").GetString());
        Assert.Equal("Sample Account", body.GetProperty("name").GetString());
        Assert.False(body.GetProperty("creditonhold").GetBoolean());
        Assert.Equal(1, body.GetProperty("accountcategorycode").GetInt32());
        Assert.Equal(5000000m, body.GetProperty("revenue").GetDecimal());
        Assert.Equal(host.Organization.BaseCurrencyId, body.GetProperty("_transactioncurrencyid_value").GetGuid());
        Assert.True(body.TryGetProperty("accountid", out _));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", body.GetProperty("createdon").GetString());
        Assert.False(body.TryGetProperty("numberofemployees", out _));
    }

    [Fact]
    public async Task PreventCreateInUpsert_RecordMissing_Is404AccountWithIdDoesNotExist()
    {
        var request = Http.Request(HttpMethod.Patch, "accounts(00000000-0000-0000-0000-000000000001)", UpdatedAccount, ("If-Match", "*"));

        var response = await host.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json; odata.metadata=minimal", response.Content.Headers.ContentType!.ToString());
        var error = (await Http.JsonOf(response)).GetProperty("error");
        Assert.Equal("account With Id = 00000000-0000-0000-0000-000000000001 Does Not Exist", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task PreventUpdateInUpsert_RecordExists_Is412MatchingKeyValuesExist()
    {
        var id = await CreateAccountAsync();
        var request = Http.Request(HttpMethod.Patch, $"accounts({id})", UpdatedAccount, ("If-None-Match", "*"));

        var response = await host.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("A record with matching key values already exists.", (await Http.JsonOf(response)).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task PreventUpdateInUpsert_RecordMissing_CreatesItWithTheGivenId()
    {
        var id = Guid.NewGuid();
        var request = Http.Request(HttpMethod.Patch, $"accounts({id})", UpdatedAccount, ("If-None-Match", "*"));

        var response = await host.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.EndsWith($"accounts({id})", response.Headers.GetValues("OData-EntityId").Single());
    }

    [Fact]
    public async Task BasicUpdate_AsDocumented_Is204AndChangesTheColumns()
    {
        var id = await CreateAccountAsync();

        var response = await host.Admin.SendAsync(Http.Request(HttpMethod.Patch, $"accounts({id})", UpdatedAccount, ("If-Match", "*")));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var row = host.Organization.CreateService().Retrieve("account", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("name", "accountcategorycode"));
        Assert.Equal("Updated Sample Account ", row.GetAttributeValue<string>("name"));
        Assert.Equal(2, row.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>("accountcategorycode").Value);
    }

    [Fact]
    public async Task UpdateWithDataReturned_AsDocumented_Is200WithTheRecord()
    {
        var id = await CreateAccountAsync();
        var request = Http.Request(HttpMethod.Patch, $"accounts({id})?$select=name,creditonhold,address1_latitude,description,revenue,accountcategorycode,createdon",
            "{\"name\":\"Updated Sample Account\"}", ("Prefer", "return=representation"), ("If-Match", "*"));

        var response = await host.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Http.JsonOf(response);
        Assert.Equal(host.Host.ServiceRoot + "$metadata#accounts/$entity", body.GetProperty("@odata.context").GetString());
        Assert.Equal("Updated Sample Account", body.GetProperty("name").GetString());
        Assert.Equal(id, body.GetProperty("accountid").GetGuid());
    }

    [Fact]
    public async Task OptimisticConcurrencyOnUpdate_StaleEtag_Is412RowVersionMismatch()
    {
        var id = await CreateAccountAsync();
        var request = Http.Request(HttpMethod.Patch, $"accounts({id})", "{\"name\":\"Updated Account Name\"}", ("If-Match", "W/\"470867\""));

        var response = await host.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("The version of the existing record doesn't match the RowVersion property provided.",
            (await Http.JsonOf(response)).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task OptimisticConcurrencyOnUpdate_CurrentEtag_Is204()
    {
        var id = await CreateAccountAsync();
        var etag = (await Http.JsonOf(await host.Admin.GetAsync($"accounts({id})?$select=name"))).GetProperty("@odata.etag").GetString()!;

        var response = await host.Admin.SendAsync(Http.Request(HttpMethod.Patch, $"accounts({id})", "{\"name\":\"Mine\"}", ("If-Match", etag)));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task OptimisticConcurrencyOnDelete_StaleEtag_Is412AndKeepsTheRecord()
    {
        var id = await CreateAccountAsync();

        var response = await host.Admin.SendAsync(Http.Request(HttpMethod.Delete, $"accounts({id})", null, ("If-Match", "W/\"470867\"")));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Admin.GetAsync($"accounts({id})?$select=name")).StatusCode);
    }

    [Fact]
    public async Task BasicDelete_AsDocumented_Is204ThenTheRecordIs404()
    {
        var id = await CreateAccountAsync();

        var response = await host.Admin.DeleteAsync($"accounts({id})");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var missing = await host.Admin.GetAsync($"accounts({id})");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("0x80040217", (await Http.JsonOf(missing)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ConditionalRetrieval_UnchangedEtag_Is304()
    {
        var id = await CreateAccountAsync();
        var url = $"accounts({id})?$select=accountcategorycode,accountnumber,creditonhold,createdon,numberofemployees,name,revenue";
        var etag = (await Http.JsonOf(await host.Admin.GetAsync(url))).GetProperty("@odata.etag").GetString()!;

        var response = await host.Admin.SendAsync(Http.Request(HttpMethod.Get, url, null, ("If-None-Match", etag)));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task UpdateSingleProperty_AsDocumented_PutsTheValue()
    {
        var id = await CreateAccountAsync();

        var response = await host.Admin.PutAsync($"accounts({id})/name", Http.Json("{\"value\": \"Updated Sample Account Name\"}"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var value = await Http.JsonOf(await host.Admin.GetAsync($"accounts({id})/name"));
        Assert.Equal("Updated Sample Account Name", value.GetProperty("value").GetString());
    }

    [Fact]
    public async Task DeleteSingleProperty_AsDocumented_ClearsTheValue()
    {
        var id = await CreateAccountAsync();

        var response = await host.Admin.DeleteAsync($"accounts({id})/description");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var record = await Http.JsonOf(await host.Admin.GetAsync($"accounts({id})?$select=description"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, record.GetProperty("description").ValueKind);
    }

    [Fact]
    public async Task PageResults_MaxPageSizeTwo_AsDocumented_GivesTwoRecordsAndANextLinkToFollowUnchanged()
    {
        for (var i = 0; i < 5; i++)
        {
            await host.Admin.PostAsync("contacts", Http.Json($"{{\"firstname\":\"F{i}\",\"lastname\":\"L{i}\",\"fullname\":\"F{i} L{i}\"}}"));
        }
        var seen = 0;
        var url = "contacts?$select=fullname";
        while (url != null)
        {
            var response = await host.Admin.SendAsync(Http.Request(HttpMethod.Get, url, null, ("Prefer", "odata.maxpagesize=2")));
            Assert.Equal("odata.maxpagesize=2", response.Headers.GetValues("Preference-Applied").Single());
            var body = await Http.JsonOf(response);
            Assert.Equal(host.Host.ServiceRoot + "$metadata#contacts(fullname)", body.GetProperty("@odata.context").GetString());
            var page = body.GetProperty("value").GetArrayLength();
            Assert.InRange(page, 1, 2);
            seen += page;
            url = body.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
            if (url != null)
            {
                Assert.Contains("$select=fullname&$skiptoken=%3Ccookie%20pagenumber%3D%22", url);
            }
        }

        Assert.Equal(5, seen);
    }

    private async Task<Guid> CreateAccountAsync()
    {
        var response = await host.Admin.PostAsync("accounts", Http.Json(SampleAccount));
        var url = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(url.Substring(url.Length - 37, 36));
    }
}
