using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Dataverse;
using FunnelCrm.Dataverse.Batch;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Registrations;

namespace FunnelCrm.Cli.Org.Deploy;

/// <summary>
/// Registers a declared step the organization lacks (the steps on messages whose ids a solution file cannot name
/// without an export, such as QualifyLead, Win and Lose): its message and filter looked up by name, its plugin type by
/// class name, the step and its images written with their declared ids (creates only, so a re-run changes nothing),
/// then added to the solution (not possible for a managed one: there it stays in the organization's default layer).
/// </summary>
public sealed class StepRegistrar
{
    private readonly IDataverseClient client;

    /// <summary>A registrar writing through <paramref name="client"/>.</summary>
    public StepRegistrar(IDataverseClient client)
    {
        this.client = client;
    }

    /// <summary>Whether the organization has the step.</summary>
    public async Task<bool> ExistsAsync(DeclaredStep step, CancellationToken cancellation) =>
        await client.RetrieveAsync("sdkmessageprocessingsteps", Id(step.Id), "name", cancellation) != null;

    /// <summary>Registers the step (and its images) and, unless <paramref name="solution"/> is null, adds it to that solution.</summary>
    public async Task RegisterAsync(RegistrableType type, DeclaredStep step, System.Collections.Generic.IReadOnlyList<DeclaredImage> images, string? solution, CancellationToken cancellation)
    {
        var message = await OneAsync("sdkmessages", "sdkmessageid", "name eq " + Literal(step.Message), "the message " + step.Message, cancellation);
        var filter = await OneAsync("sdkmessagefilters", "sdkmessagefilterid", "_sdkmessageid_value eq " + message + " and primaryobjecttypecode eq " + Literal(step.Table),
            "the message " + step.Message + " on " + step.Table, cancellation);
        var pluginType = await OneAsync("plugintypes", "plugintypeid", "typename eq " + Literal(type.FullName), "the plug-in type " + type.FullName + " (import the solution with its assembly first)", cancellation);
        var operations = new System.Collections.Generic.List<BatchOperation>
        {
            new(HttpMethod.Patch, "sdkmessageprocessingsteps(" + Id(step.Id) + ")", new JsonObject
            {
                ["name"] = type.FullName + ": " + step.Message + " of " + step.Table,
                ["description"] = step.Description,
                ["stage"] = (int)step.Stage,
                ["mode"] = (int)step.Mode,
                ["rank"] = step.Rank,
                ["supporteddeployment"] = 0,
                ["invocationsource"] = 0,
                ["filteringattributes"] = string.Join(",", step.FilteringAttributes),
                ["asyncautodelete"] = step.Mode == FunnelCrm.Crm.Registration.StepMode.Asynchronous && step.DeleteAsyncOperationOnSuccess,
                ["sdkmessageid@odata.bind"] = "/sdkmessages(" + message + ")",
                ["sdkmessagefilterid@odata.bind"] = "/sdkmessagefilters(" + filter + ")",
                ["eventhandler_plugintype@odata.bind"] = "/plugintypes(" + pluginType + ")",
            }, CreateOnly),
        };
        operations.AddRange(images.Select(image => new BatchOperation(HttpMethod.Patch,
            "sdkmessageprocessingstepimages(" + (Guid.TryParse(image.Id, out var id) ? id : StableIds.ForImage(step.Id, image.Alias)).ToString("D") + ")", new JsonObject
            {
                ["name"] = image.Alias, ["entityalias"] = image.Alias, ["imagetype"] = (int)image.ImageType,
                ["messagepropertyname"] = step.Message == "Create" ? "Id" : step.Message is "SetState" or "SetStateDynamicEntity" ? "EntityMoniker" : "Target",
                ["attributes"] = string.Join(",", image.Attributes),
                ["sdkmessageprocessingstepid@odata.bind"] = "/sdkmessageprocessingsteps(" + Id(step.Id) + ")",
            }, CreateOnly)));
        await client.BatchAsync(operations, changeSet: true, idempotent: true, cancellation);
        if (solution != null)
        {
            await client.ExecuteAsync("AddSolutionComponent", new JsonObject
            {
                ["ComponentId"] = Id(step.Id), ["ComponentType"] = RegistrationComponentTypes.Step, ["SolutionUniqueName"] = solution, ["AddRequiredComponents"] = false,
            }, cancellation);
        }
    }

    private async Task<string> OneAsync(string set, string key, string filter, string what, CancellationToken cancellation)
    {
        await foreach (var row in client.QueryAsync(set, "$select=" + key + "&$filter=" + Uri.EscapeDataString(filter), 1, cancellation))
        {
            return row.GetProperty(key).GetString()!;
        }
        throw new DataverseRefusedException(404, "", "The organization has no " + what + ".");
    }

    private static string Id(string declared) => Guid.Parse(declared.Trim('{', '}')).ToString("D");

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static readonly System.Collections.Generic.IReadOnlyDictionary<string, string> CreateOnly = new System.Collections.Generic.Dictionary<string, string> { ["If-None-Match"] = "*" };
}

/// <summary>The solution component type codes of registrations.</summary>
public static class RegistrationComponentTypes
{
    /// <summary>An SDK message processing step.</summary>
    public const int Step = 92;
}
