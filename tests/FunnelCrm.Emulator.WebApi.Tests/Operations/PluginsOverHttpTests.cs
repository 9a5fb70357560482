using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Hosting;
using FunnelCrm.Emulator.WebApi.Protection;
using FunnelCrm.Emulator.WebApi.Tests.Support;

namespace FunnelCrm.Emulator.WebApi.Tests.Operations;

/// <summary>The real plugin steps, security roles, alternate keys, bulk actions and service protection over HTTP.</summary>
public sealed class PluginsOverHttpTests : IAsyncLifetime
{
    private ApiHost host = null!;

    public async Task InitializeAsync() => host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task InteractionUpsertedByAlternateKey_ScoresTheLeadOnceEvenWhenSentTwice()
    {
        var lead = await CreateLeadAsync();
        var url = "fcm_interactions(fcm_sourcesystem='web',fcm_externalid='visit-1')";
        var body = $"{{\"subject\":\"Web visit\",\"fcm_interactiontype\":{FunnelCrm.Crm.Schema.InteractionTypeOption.WebVisit},\"fcm_occurredon\":\"2025-01-06T08:00:00Z\",\"regardingobjectid_lead_fcm_interaction@odata.bind\":\"/leads({lead})\"}}";

        var first = await host.Admin.PatchAsync(url, Http.Json(body));
        var scoreAfterFirst = await ScoreAsync(lead);
        var second = await host.Admin.PatchAsync(url, Http.Json(body));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.True(scoreAfterFirst > 0, "the scoring plugin gave the lead points for the interaction");
        Assert.Equal(scoreAfterFirst, await ScoreAsync(lead));
        var keyed = await Http.JsonOf(await host.Admin.GetAsync(url + "?$select=subject"));
        Assert.Equal("Web visit", keyed.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task AlternateKey_NamingColumnsThatAreNoKey_Is400()
    {
        var response = await host.Admin.GetAsync("fcm_interactions(subject='x')");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The key in the request URI is not valid for resource 'Microsoft.Dynamics.CRM.fcm_interaction'.",
            (await Http.JsonOf(response)).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Rep_CreatingAStageTransition_Is403MissingPrivilege()
    {
        var response = await host.Rep.PostAsync("fcm_stagetransitions", Http.Json("{\"fcm_name\":\"forged\"}"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await Http.JsonOf(response)).GetProperty("error");
        Assert.Equal("0x80040220", error.GetProperty("code").GetString());
        Assert.Contains("prvCreatefcm_StageTransition", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task UserWithoutRoles_ReadingLeads_Is403()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Nobody.GetAsync("leads?$select=fullname")).StatusCode);
    }

    [Fact]
    public async Task Query_FilterOrderTopCountAndExpand_AnswersAsDataverse()
    {
        var account = await host.Admin.PostAsync("accounts", Http.Json("{\"name\":\"Fabrikam\"}"));
        var accountUrl = account.Headers.GetValues("OData-EntityId").Single();
        foreach (var (name, revenue) in new[] { ("Alpha", 10), ("Beta", 20), ("Gamma", 30) })
        {
            await host.Admin.PostAsync("contacts", Http.Json($"{{\"fullname\":\"{name}\",\"lastname\":\"{name}\",\"parentcustomerid_account@odata.bind\":\"{accountUrl}\"}}"));
        }

        var response = await host.Admin.SendAsync(Http.Request(HttpMethod.Get,
            "contacts?$select=fullname,_parentcustomerid_value&$filter=(startswith(fullname,'a') or contains(fullname,'amm')) and not (fullname eq null)&$orderby=fullname desc&$count=true&$expand=parentcustomerid_account($select=name)",
            null, ("Prefer", "odata.include-annotations=\"*\"")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Http.JsonOf(response);
        var rows = body.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(new[] { "Gamma", "Alpha" }, rows.Select(r => r.GetProperty("fullname").GetString()));
        Assert.Equal(2, body.GetProperty("@odata.count").GetInt32());
        Assert.Equal("Fabrikam", rows[0].GetProperty("parentcustomerid_account").GetProperty("name").GetString());
        Assert.Equal("account", rows[0].GetProperty("_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname").GetString());
        Assert.Equal("parentcustomerid_account", rows[0].GetProperty("_parentcustomerid_value@Microsoft.Dynamics.CRM.associatednavigationproperty").GetString());
        Assert.Equal("Fabrikam", rows[0].GetProperty("_parentcustomerid_value@OData.Community.Display.V1.FormattedValue").GetString());
    }

    [Fact]
    public async Task Select_UnknownColumn_Is400CouldNotFindAProperty()
    {
        var response = await host.Admin.GetAsync("accounts?$select=nosuchcolumn");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await Http.JsonOf(response)).GetProperty("error");
        Assert.Equal("0x80060888", error.GetProperty("code").GetString());
        Assert.Equal("Could not find a property named 'nosuchcolumn' on type 'Microsoft.Dynamics.CRM.account'.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task CreateMultiple_AsDocumented_ReturnsTheIdsAndUpsertMultipleDoesNotDuplicate()
    {
        var targets = "{\"Targets\":[{\"name\":\"sample record 0000001\",\"@odata.type\":\"Microsoft.Dynamics.CRM.account\"},{\"name\":\"sample record 0000002\",\"@odata.type\":\"Microsoft.Dynamics.CRM.account\"}]}";

        var created = await Http.JsonOf(await host.Admin.PostAsync("accounts/Microsoft.Dynamics.CRM.CreateMultiple", Http.Json(targets)));
        var ids = created.GetProperty("Ids").EnumerateArray().Select(i => i.GetGuid()).ToList();
        var upsert = $"{{\"Targets\":[{{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"@odata.id\":\"accounts({ids[0]})\",\"name\":\"renamed\"}}]}}";
        var upserted = await host.Admin.PostAsync("accounts/Microsoft.Dynamics.CRM.UpsertMultiple", Http.Json(upsert));

        Assert.EndsWith("#Microsoft.Dynamics.CRM.CreateMultipleResponse", created.GetProperty("@odata.context").GetString());
        Assert.Equal(2, ids.Distinct().Count());
        Assert.Equal(HttpStatusCode.NoContent, upserted.StatusCode);
        Assert.Equal("renamed", (await Http.JsonOf(await host.Admin.GetAsync($"accounts({ids[0]})/name"))).GetProperty("value").GetString());
    }

    [Fact]
    public async Task CreateMultiple_ItemWithoutODataType_Is400AndCreatesNothing()
    {
        var response = await host.Admin.PostAsync("accounts/Microsoft.Dynamics.CRM.CreateMultiple", Http.Json("{\"Targets\":[{\"name\":\"a\",\"@odata.type\":\"Microsoft.Dynamics.CRM.account\"},{\"name\":\"b\"}]}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ServiceProtection_RequestsOverTheLimit_Are429WithRetryAfterAndThePlatformCode()
    {
        await using var limited = await ApiHost.StartAsync(new WebApiHostOptions { Limits = new ServiceProtectionLimits { Requests = 2, Window = TimeSpan.FromMinutes(5) } });

        await limited.Admin.GetAsync("WhoAmI");
        await limited.Admin.GetAsync("WhoAmI");
        var refused = await limited.Admin.GetAsync("WhoAmI");
        var otherUser = await limited.Rep.GetAsync("WhoAmI");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds >= 1);
        var error = (await Http.JsonOf(refused)).GetProperty("error");
        Assert.Equal("0x80072322", error.GetProperty("code").GetString());
        Assert.Equal("Number of requests exceeded the limit of 2 over time window of 300 seconds.", error.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    [Fact]
    public async Task ServiceProtection_ConcurrentRequestsOverTheLimit_AreRefusedAtOnce()
    {
        await using var limited = await ApiHost.StartAsync(new WebApiHostOptions
        {
            Limits = new ServiceProtectionLimits { ConcurrentRequests = 1 },
            Faults = new FaultInjection { Rate = 1, Kinds = InjectedFault.SlowResponse, Delay = TimeSpan.FromMilliseconds(500) },
        });

        var responses = await Task.WhenAll(limited.Admin.GetAsync("WhoAmI"), limited.Admin.GetAsync("WhoAmI"), limited.Admin.GetAsync("WhoAmI"));

        var refused = responses.Where(r => (int)r.StatusCode == 429).ToList();
        Assert.NotEmpty(refused);
        Assert.Equal("0x80072326", (await Http.JsonOf(refused[0])).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ServiceProtection_ExecutionTimeOverTheLimit_Is429()
    {
        await using var limited = await ApiHost.StartAsync(new WebApiHostOptions
        {
            Limits = new ServiceProtectionLimits { ExecutionTime = TimeSpan.FromMilliseconds(1) },
            Faults = new FaultInjection { Rate = 1, Kinds = InjectedFault.SlowResponse, Delay = TimeSpan.FromMilliseconds(20) },
        });

        await limited.Admin.GetAsync("WhoAmI");
        var refused = await limited.Admin.GetAsync("WhoAmI");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("0x80072321", (await Http.JsonOf(refused)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Faults_ServiceUnavailable_Is503()
    {
        await using var faulty = await ApiHost.StartAsync(new WebApiHostOptions { Faults = new FaultInjection { Rate = 1, Kinds = InjectedFault.ServiceUnavailable } });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await faulty.Admin.GetAsync("WhoAmI")).StatusCode);
    }

    [Fact]
    public async Task Faults_DropAfterProcessing_LosesTheAnswerButKeepsTheWrite()
    {
        await using var faulty = await ApiHost.StartAsync(new WebApiHostOptions { Faults = new FaultInjection { Rate = 1, Kinds = InjectedFault.DropAfterProcessing } });
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<HttpRequestException>(() => faulty.Admin.PatchAsync($"accounts({id})", Http.Json("{\"name\":\"written\"}")));

        Assert.Equal("written", faulty.Organization.CreateService().Retrieve("account", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    private async Task<Guid> CreateLeadAsync()
    {
        var response = await host.Admin.PostAsync("leads", Http.Json("{\"lastname\":\"Smith\",\"fullname\":\"Contoso - J. Smith\",\"emailaddress1\":\"j.smith@contoso.example\"}"));
        var url = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(url.Substring(url.Length - 37, 36));
    }

    private async Task<int> ScoreAsync(Guid lead) =>
        (await Http.JsonOf(await host.Admin.GetAsync($"leads({lead})?$select=fcm_score"))).GetProperty("fcm_score").GetInt32();
}
