using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FunnelCrm.Dataverse.Batch;
using FunnelCrm.Dataverse.Tests.Support;
using Xunit;

namespace FunnelCrm.Dataverse.Tests.Contracts;

/// <summary>
/// The client's requests as they go on the wire, against the request lines, headers and bodies of Microsoft's Web API
/// documentation (compose-http-requests-handle-errors, use-web-api-functions (WhoAmI), bulk-operations (CreateMultiple,
/// UpsertMultiple), execute-batch-operations-using-web-api, page-results, perform-conditional-operations (upsert by
/// alternate key with If-None-Match), ImportSolutionAsync and AddSolutionComponent), answered by the host.
/// </summary>
public sealed class ClientRequestContractTests
{
    [Fact]
    public async Task WhoAmI_AsDocumented_GetWithTheThreeODataHeadersAndABearerToken()
    {
        await using var host = await TestHost.StartAsync();
        var recorder = new Recorder();
        using var client = await host.ClientAsync(recorder: recorder);

        var me = await client.WhoAmIAsync();

        var sent = recorder.Requests.Single();
        Assert.Equal("GET /api/data/v9.2/WhoAmI", sent.Line);
        Assert.Equal("application/json", sent.Headers["Accept"]);
        Assert.Equal("4.0", sent.Headers["OData-MaxVersion"]);
        Assert.Equal("4.0", sent.Headers["OData-Version"]);
        Assert.StartsWith("Bearer ", sent.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal(host.AdminId, me.UserId);
    }

    [Fact]
    public async Task CreateMultiple_AsDocumented_TargetsEachWithODataTypeAnswerIds()
    {
        await using var host = await TestHost.StartAsync();
        var recorder = new Recorder();
        using var client = await host.ClientAsync(recorder: recorder);

        var ids = await client.CreateMultipleAsync("accounts", "account", new[] { new JsonObject { ["name"] = "sample record 0000001" }, new JsonObject { ["name"] = "sample record 0000002" } });

        var sent = recorder.Requests.Single();
        Assert.Equal("POST /api/data/v9.2/accounts/Microsoft.Dynamics.CRM.CreateMultiple", sent.Line);
        Assert.StartsWith("application/json", sent.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("{\"Targets\":[{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"name\":\"sample record 0000001\"},{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"name\":\"sample record 0000002\"}]}", sent.Body);
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public async Task UpsertMultiple_AsDocumented_TargetsByAlternateKeyAnswer204()
    {
        await using var host = await TestHost.StartAsync();
        var recorder = new Recorder();
        using var client = await host.ClientAsync(recorder: recorder);
        var lead = await client.CreateAsync("leads", new JsonObject { ["lastname"] = "Smith", ["emailaddress1"] = "j.smith@contoso.com" });

        await client.UpsertMultipleAsync("fcm_interactions", "fcm_interaction", new[]
        {
            new JsonObject
            {
                ["@odata.id"] = "fcm_interactions(fcm_sourcesystem='web',fcm_externalid='1')", ["subject"] = "Visit",
                ["fcm_interactiontype"] = 742100000, ["regardingobjectid_lead_fcm_interaction@odata.bind"] = "/leads(" + lead + ")",
            },
        });

        var sent = recorder.Requests.Last();
        Assert.Equal("POST /api/data/v9.2/fcm_interactions/Microsoft.Dynamics.CRM.UpsertMultiple", sent.Line);
        Assert.Equal(204, sent.Status);
        var target = JsonDocument.Parse(sent.Body).RootElement.GetProperty("Targets")[0];
        Assert.Equal("Microsoft.Dynamics.CRM.fcm_interaction", target.GetProperty("@odata.type").GetString());
        Assert.Equal("fcm_interactions(fcm_sourcesystem='web',fcm_externalid='1')", target.GetProperty("@odata.id").GetString());
    }

    [Fact]
    public async Task Batch_ChangeSet_AsDocumentedMultipartWithApplicationHttpPartsAndContentIds()
    {
        await using var host = await TestHost.StartAsync();
        var recorder = new Recorder();
        using var client = await host.ClientAsync(recorder: recorder);

        var answers = await client.BatchAsync(new[]
        {
            new BatchOperation(HttpMethod.Post, "accounts", new JsonObject { ["name"] = "Contoso" }),
            new BatchOperation(HttpMethod.Patch, "fcm_interactions(fcm_sourcesystem='web',fcm_externalid='1')", new JsonObject { ["subject"] = "Visit" }, new System.Collections.Generic.Dictionary<string, string> { ["If-None-Match"] = "*" }),
        }, changeSet: true, idempotent: false);

        var sent = recorder.Requests.Single();
        Assert.Equal("POST /api/data/v9.2/$batch", sent.Line);
        Assert.Matches("^multipart/mixed; boundary=\"batch_[0-9a-f]{32}\"$", sent.Headers["Content-Type"]);
        Assert.Matches("Content-Type: multipart/mixed; boundary=\"changeset_[0-9a-f]{32}\"", sent.Body);
        Assert.Contains("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 1\r\n\r\nPOST /api/data/v9.2/accounts HTTP/1.1\r\nContent-Type: application/json; type=entry\r\n\r\n{\"name\":\"Contoso\"}", sent.Body);
        Assert.Contains("Content-ID: 2\r\n\r\nPATCH /api/data/v9.2/fcm_interactions(fcm_sourcesystem='web',fcm_externalid='1') HTTP/1.1\r\nIf-None-Match: *\r\nContent-Type: application/json; type=entry", sent.Body);
        Assert.Equal(new[] { 204, 204 }, answers.Select(a => a.Status));
        Assert.StartsWith(host.Host.ServiceRoot + "accounts(", answers[0].Headers["OData-EntityId"], StringComparison.Ordinal);
        Assert.StartsWith(host.Host.ServiceRoot + "fcm_interactions(", answers[1].Headers["OData-EntityId"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_PagedAsDocumented_SendsMaxPageSizeAndFollowsNextLinkUnchanged()
    {
        await using var host = await TestHost.StartAsync();
        var recorder = new Recorder();
        using var client = await host.ClientAsync(recorder: recorder);
        await client.CreateMultipleAsync("accounts", "account", Enumerable.Range(0, 7).Select(i => new JsonObject { ["name"] = "Account " + i }).ToList());

        var names = await client.QueryAsync("accounts", "$select=name&$orderby=name", 3).Select(r => r.GetProperty("name").GetString()).ToListAsync();

        var pages = recorder.Requests.Skip(1).ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.StartsWith("odata.maxpagesize=3", p.Headers["Prefer"], StringComparison.Ordinal));
        Assert.Equal("GET /api/data/v9.2/accounts?$select=name&$orderby=name", pages[0].Line);
        Assert.Contains("$skiptoken=", pages[1].Line, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => "Account " + i), names);
    }

    [Fact]
    public async Task ImportSolutionAsyncAndAddSolutionComponent_AsDocumented_UnboundActionsWithTheirParameters()
    {
        await using var host = await TestHost.StartAsync();
        var recorder = new Recorder();
        using var client = await host.ClientAsync(recorder: recorder);

        var started = await client.ExecuteAsync("ImportSolutionAsync", new JsonObject
        {
            ["OverwriteUnmanagedCustomizations"] = true, ["PublishWorkflows"] = true, ["CustomizationFile"] = Convert.ToBase64String(new byte[] { 1, 2, 3 }),
        });

        var sent = recorder.Requests.Single();
        Assert.Equal("POST /api/data/v9.2/ImportSolutionAsync", sent.Line);
        Assert.Equal("{\"OverwriteUnmanagedCustomizations\":true,\"PublishWorkflows\":true,\"CustomizationFile\":\"AQID\"}", sent.Body);
        Assert.EndsWith("#Microsoft.Dynamics.CRM.ImportSolutionAsyncResponse", started!.Value.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);
        Assert.True(Guid.TryParse(started.Value.GetProperty("AsyncOperationId").GetString(), out _));
        Assert.False(string.IsNullOrEmpty(started.Value.GetProperty("ImportJobKey").GetString()));
    }
}
