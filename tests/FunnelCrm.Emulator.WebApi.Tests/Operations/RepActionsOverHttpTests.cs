using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Tests.Operations;

/// <summary>The rep action custom APIs as a flow or marketing automation calls them: bound actions by POST, functions by GET.</summary>
public sealed class RepActionsOverHttpTests : IAsyncLifetime
{
    private ApiHost host = null!;

    public async Task InitializeAsync() => host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Guid Mql()
    {
        var system = host.Organization.CreateService();
        var leadId = system.Create(new Entity(Tables.Lead) { ["lastname"] = "Smith", [LeadStandardColumns.FullName] = "Contoso - J. Smith", ["emailaddress1"] = "j.smith@contoso.example" });
        system.Create(new Entity(Tables.Interaction)
        {
            [InteractionColumns.Subject] = "Demo request",
            [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [InteractionColumns.InteractionType] = new OptionSetValue(InteractionTypeOption.DemoRequest),
            [InteractionColumns.OccurredOn] = host.Organization.Clock.UtcNow,
            [InteractionColumns.SourceSystem] = "web",
            [InteractionColumns.ExternalId] = Guid.NewGuid().ToString("N"),
        });
        return leadId;
    }

    private int? Stage(Guid leadId) =>
        host.Organization.CreateService().Retrieve(Tables.Lead, leadId, new Microsoft.Xrm.Sdk.Query.ColumnSet(LeadColumns.Stage)).GetAttributeValue<OptionSetValue>(LeadColumns.Stage)?.Value;

    [Fact]
    public async Task AcceptLead_BoundActionByPost_AcceptsTheMqlAndAnswersWithItsResponseType()
    {
        var leadId = Mql();

        var response = await host.Rep.PostAsync($"leads({leadId})/Microsoft.Dynamics.CRM.fcm_AcceptLead", Http.Json("{\"Note\":\"Called back\"}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Http.JsonOf(response);
        Assert.EndsWith("$metadata#Microsoft.Dynamics.CRM.fcm_AcceptLeadResponse", body.GetProperty("@odata.context").GetString());
        Assert.Equal("Lead 'Contoso - J. Smith' accepted (SAL).", body.GetProperty("Message").GetString());
        Assert.Equal(FunnelStageOption.Sal, Stage(leadId));
    }

    [Fact]
    public async Task RejectLead_ReasonAsANumber_IsReadAsTheChoice()
    {
        var leadId = Mql();

        var response = await host.Rep.PostAsync($"leads({leadId})/Microsoft.Dynamics.CRM.fcm_RejectLead", Http.Json($"{{\"Reason\":{RejectionReasonOption.NoNeed},\"Note\":\"Has a tool\"}}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FunnelStageOption.Recycled, Stage(leadId));
    }

    [Fact]
    public async Task RejectLead_WithoutReason_Is400WithThePlatformsWords()
    {
        var leadId = Mql();

        var response = await host.Rep.PostAsync($"leads({leadId})/Microsoft.Dynamics.CRM.fcm_RejectLead", Http.Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Required field 'Reason' is missing for the fcm_RejectLead message.", (await Http.JsonOf(response)).GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(FunnelStageOption.Mql, Stage(leadId));
    }

    [Fact]
    public async Task QualifyToSql_Mql_Is400WithTheGuardsMessage()
    {
        var leadId = Mql();

        var response = await host.Rep.PostAsync($"leads({leadId})/Microsoft.Dynamics.CRM.fcm_QualifyToSql", Http.Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await Http.JsonOf(response)).GetProperty("error");
        Assert.Equal("0x80040265", error.GetProperty("code").GetString());
        Assert.Equal("Cannot qualify lead 'Contoso - J. Smith' to SQL: it is MQL; only a SAL can be qualified to SQL.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AcceptLead_UserWithoutTheRepRole_Is403()
    {
        var leadId = Mql();

        var response = await host.Nobody.PostAsync($"leads({leadId})/Microsoft.Dynamics.CRM.fcm_AcceptLead", Http.Json("{}"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("prvWriteLead", (await Http.JsonOf(response)).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task AcceptLead_ByGet_Is405()
    {
        var response = await host.Rep.GetAsync($"leads({Mql()})/Microsoft.Dynamics.CRM.fcm_AcceptLead");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ExplainScore_BoundFunctionByGet_ReturnsTheScoreAndItsLines()
    {
        var leadId = Mql();

        var response = await host.Rep.GetAsync($"leads({leadId})/Microsoft.Dynamics.CRM.fcm_ExplainScore()");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Http.JsonOf(response);
        Assert.True(body.GetProperty("Score").GetInt32() >= 100);
        Assert.StartsWith("Requested a demo", body.GetProperty("Explanation").EnumerateArray().First().GetString());
        Assert.Equal(body.GetProperty("Score").GetInt32(), (int)Math.Round(body.GetProperty("BehaviourScore").GetDecimal() + body.GetProperty("FitScore").GetDecimal()));
    }

    [Fact]
    public async Task FunnelStatus_BoundFunctionByGet_ReturnsStageBantAndSla()
    {
        var leadId = Mql();

        var body = await Http.JsonOf(await host.Rep.GetAsync($"leads({leadId})/Microsoft.Dynamics.CRM.fcm_FunnelStatus()"));

        Assert.Equal(FunnelStageOption.Mql, body.GetProperty("Stage").GetInt32());
        Assert.Equal(new[] { "budget", "need", "timeline" }, body.GetProperty("MissingBant").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("running", body.GetProperty("SlaState").GetString());
        Assert.EndsWith("Z", body.GetProperty("SlaDueOn").GetString());
    }

    [Fact]
    public async Task ExplainScore_ByPostOrUnbound_IsRefused()
    {
        var leadId = Mql();

        var post = await host.Rep.PostAsync($"leads({leadId})/Microsoft.Dynamics.CRM.fcm_ExplainScore", Http.Json("{}"));
        var unbound = await host.Rep.GetAsync("fcm_ExplainScore()");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unbound.StatusCode);
    }
}
