using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.WebApi.Hosting;
using FunnelCrm.Emulator.WebApi.Tests.Support;
using FunnelCrm.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace FunnelCrm.Emulator.WebApi.Tests.Platform;

public sealed class PlatformTableTests
{
    [Fact]
    public async Task StepRow_PostedWithBinds_RegistersAStepThatFires()
    {
        await using var api = await ApiHost.StartAsync();
        var stepId = Guid.Parse(ActivityScoringPlugin.InteractionStep);
        api.Organization.UnregisterStep(stepId);
        await api.Admin.DeleteAsync("sdkmessageprocessingsteps(" + stepId + ")");
        var message = (await Http.JsonOf(await api.Admin.GetAsync("sdkmessages?$select=sdkmessageid&$filter=name eq 'Create'"))).GetProperty("value")[0].GetProperty("sdkmessageid").GetString();
        var filter = (await Http.JsonOf(await api.Admin.GetAsync("sdkmessagefilters?$select=sdkmessagefilterid&$filter=_sdkmessageid_value eq " + message + " and primaryobjecttypecode eq 'fcm_interaction'"))).GetProperty("value")[0].GetProperty("sdkmessagefilterid").GetString();
        var type = (await Http.JsonOf(await api.Admin.GetAsync("plugintypes?$select=plugintypeid&$filter=typename eq 'FunnelCrm.Plugins.Scoring.ActivityScoringPlugin'"))).GetProperty("value")[0].GetProperty("plugintypeid").GetString();

        var created = await api.Admin.PostAsync("sdkmessageprocessingsteps", Http.Json("{\"name\":\"Score an interaction\",\"stage\":20,\"mode\":0,\"rank\":1,\"supporteddeployment\":0,"
            + "\"sdkmessageid@odata.bind\":\"/sdkmessages(" + message + ")\",\"sdkmessagefilterid@odata.bind\":\"/sdkmessagefilters(" + filter + ")\",\"eventhandler_plugintype@odata.bind\":\"/plugintypes(" + type + ")\"}"));
        var lead = api.Organization.CreateService().Create(new Entity(Tables.Lead) { ["lastname"] = "Smith", ["emailaddress1"] = "j.smith@contoso.com" });
        var interaction = api.Organization.CreateService().Create(new Entity(Tables.Interaction)
        {
            ["subject"] = "Demo", ["fcm_interactiontype"] = new OptionSetValue(742100006), ["regardingobjectid"] = new EntityReference(Tables.Lead, lead),
        });

        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        Assert.Single(api.Organization.RegisteredSteps, s => s.Message == "Create" && s.Table == Tables.Interaction);
        Assert.True(api.Organization.CreateService().Retrieve(Tables.Interaction, interaction, new Microsoft.Xrm.Sdk.Query.ColumnSet("fcm_points")).GetAttributeValue<decimal?>("fcm_points") > 0);
    }

    [Fact]
    public async Task StepRow_AsyncStepOnPreOperation_IsRefusedWithTheRegistrationRule()
    {
        await using var api = await ApiHost.StartAsync();
        var message = (await Http.JsonOf(await api.Admin.GetAsync("sdkmessages?$select=sdkmessageid&$filter=name eq 'Create'"))).GetProperty("value")[0].GetProperty("sdkmessageid").GetString();
        var type = (await Http.JsonOf(await api.Admin.GetAsync("plugintypes?$select=plugintypeid&$filter=typename eq 'FunnelCrm.Plugins.Scoring.ActivityScoringPlugin'"))).GetProperty("value")[0].GetProperty("plugintypeid").GetString();

        var refused = await api.Admin.PostAsync("sdkmessageprocessingsteps", Http.Json("{\"name\":\"Wrong\",\"stage\":20,\"mode\":1,\"rank\":1,"
            + "\"sdkmessageid@odata.bind\":\"/sdkmessages(" + message + ")\",\"eventhandler_plugintype@odata.bind\":\"/plugintypes(" + type + ")\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("post-operation", (await Http.JsonOf(refused)).GetProperty("error").GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ImportSolutionAsync_NotASolutionZip_JobFailsWithTheReason()
    {
        await using var api = await ApiHost.StartAsync();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("no solution here");
        }

        var started = await Http.JsonOf(await api.Admin.PostAsync("ImportSolutionAsync", Http.Json("{\"OverwriteUnmanagedCustomizations\":false,\"PublishWorkflows\":true,\"CustomizationFile\":\"" + Convert.ToBase64String(buffer.ToArray()) + "\"}")));
        var job = started.GetProperty("AsyncOperationId").GetString();
        await api.Host.Platform.Imports.WhenIdle();
        var state = await Http.JsonOf(await api.Admin.GetAsync("asyncoperations(" + job + ")?$select=statecode,statuscode,message"));

        Assert.Equal(3, state.GetProperty("statecode").GetInt32());
        Assert.Equal(31, state.GetProperty("statuscode").GetInt32());
        Assert.Contains("has no solution.xml", state.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedAsyncStep_ShowsAsAFailedSystemJobAndATraceLogWithTheException()
    {
        await using var api = await ApiHost.StartAsync(new WebApiHostOptions { RunAsyncJobs = false });
        api.Organization.RegisterStep(new StepRegistration(typeof(FailingPlugin), "Create", "account", Crm.Registration.PipelineStage.PostOperation) { Mode = Crm.Registration.StepMode.Asynchronous });
        await api.Admin.PostAsync("accounts", Http.Json("{\"name\":\"Contoso\"}"));
        api.Organization.DrainAsyncJobs();

        var jobs = await Http.JsonOf(await api.Admin.GetAsync("asyncoperations?$select=name,message,statuscode,operationtype&$filter=statuscode eq 31"));
        var traces = await Http.JsonOf(await api.Admin.GetAsync("plugintracelogs?$select=typename,exceptiondetails,messagename&$filter=exceptiondetails ne null"));

        Assert.True(jobs.TryGetProperty("value", out _), jobs.ToString());
        var failed = jobs.GetProperty("value").EnumerateArray().Single();
        Assert.Equal(1, failed.GetProperty("operationtype").GetInt32());
        Assert.Contains("The account cannot be synchronised.", failed.GetProperty("message").GetString(), StringComparison.Ordinal);
        var trace = traces.GetProperty("value").EnumerateArray().Single();
        Assert.Equal(typeof(FailingPlugin).FullName, trace.GetProperty("typename").GetString());
        Assert.Equal("Create", trace.GetProperty("messagename").GetString());
    }

    public sealed class FailingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException("The account cannot be synchronised.");
    }
}
