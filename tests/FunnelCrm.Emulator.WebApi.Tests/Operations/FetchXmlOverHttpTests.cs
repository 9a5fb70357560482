using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Tests.Support;

namespace FunnelCrm.Emulator.WebApi.Tests.Operations;

/// <summary><c>GET {set}?fetchXml=</c> runs on the emulator's query engine: rows, link-entity columns, aggregates, paging annotations, refusals.</summary>
public sealed class FetchXmlOverHttpTests : IAsyncLifetime
{
    private const string Annotations = "odata.include-annotations=\"*\"";
    private ApiHost host = null!;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        foreach (var (name, city, employees) in new[] { ("Contoso", "Redmond", 1500), ("Fabrikam", "Lynnwood", 2700), ("City Power", "Redmond", 2900) })
        {
            var created = await host.Admin.PostAsync("accounts", Http.Json($"{{\"name\":\"{name}\",\"address1_city\":\"{city}\",\"numberofemployees\":{employees}}}"));
            created.EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task<HttpResponseMessage> FetchAsync(string fetchXml, string set = "accounts") =>
        host.Admin.SendAsync(Http.Request(HttpMethod.Get, set + "?fetchXml=" + Uri.EscapeDataString(fetchXml), null, ("Prefer", Annotations)));

    [Fact]
    public async Task AggregateFetch_ReturnsAliasedValuesWithFormattedValues()
    {
        var response = await FetchAsync(@"
            <fetch aggregate='true'>
              <entity name='account'>
                <attribute name='numberofemployees' alias='employees' aggregate='sum' />
                <attribute name='accountid' alias='accounts' aggregate='count' />
                <attribute name='address1_city' alias='city' groupby='true' />
                <order alias='employees' descending='true' />
              </entity>
            </fetch>");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await Http.JsonOf(response)).GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(new[] { "Redmond", "Lynnwood" }, rows.Select(r => r.GetProperty("city").GetString()));
        Assert.Equal(4400, rows[0].GetProperty("employees").GetInt32());
        Assert.Equal("4,400", rows[0].GetProperty("employees@OData.Community.Display.V1.FormattedValue").GetString());
        Assert.Equal(2, rows[0].GetProperty("accounts").GetInt32());
        Assert.False(rows[0].TryGetProperty("@odata.etag", out _));
    }

    [Fact]
    public async Task FetchWithLinkEntityAndPaging_ReturnsTheLinkedColumnsAndTheCookie()
    {
        var response = await FetchAsync(@"
            <fetch count='2'>
              <entity name='account'>
                <attribute name='name' />
                <order attribute='name' />
                <link-entity name='systemuser' from='systemuserid' to='ownerid' alias='owner'>
                  <attribute name='fullname' />
                </link-entity>
              </entity>
            </fetch>");

        var body = await Http.JsonOf(response);
        var rows = body.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(new[] { "City Power", "Contoso" }, rows.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("Ada Admin", rows[0].GetProperty("owner.fullname").GetString());
        Assert.True(body.GetProperty("@Microsoft.Dynamics.CRM.morerecords").GetBoolean());
        Assert.Contains("<cookie page=\"1\">", body.GetProperty("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie").GetString());
    }

    [Fact]
    public async Task BrokenFetch_IsABadRequestWithDataversesCodeAndMessage()
    {
        var response = await FetchAsync("<fetch><entity name='account'><attribute name='nosuchcolumn' /></entity></fetch>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await Http.JsonOf(response)).GetProperty("error");
        Assert.Equal("0x80041103", error.GetProperty("code").GetString());
        Assert.Equal("'account' entity doesn't contain attribute with Name = 'nosuchcolumn' and NameMapping = 'Logical'.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task FetchOfAnotherTable_IsRefused()
    {
        var response = await FetchAsync("<fetch><entity name='lead'><attribute name='fullname' /></entity></fetch>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("0x80041128", (await Http.JsonOf(response)).GetProperty("error").GetProperty("code").GetString());
    }
}
