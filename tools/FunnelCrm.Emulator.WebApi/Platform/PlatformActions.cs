using System;
using System.Text.Json;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Operations;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// The unbound actions of solution management: <c>ImportSolution</c> (204 when imported), <c>ImportSolutionAsync</c>
/// (<c>AsyncOperationId</c> and <c>ImportJobKey</c>; poll <c>asyncoperations(id)</c>), <c>PublishAllXml</c> (204; the
/// emulator has no unpublished customizations) and <c>AddSolutionComponent</c> (the new component's <c>id</c>; refused
/// on a managed solution). Importing needs the privilege to create solutions.
/// </summary>
public static class PlatformActions
{
    /// <summary>Whether the action is one of these.</summary>
    public static bool Handles(string name) => name is "ImportSolution" or "ImportSolutionAsync" or "PublishAllXml" or "AddSolutionComponent";

    /// <summary>Runs the action.</summary>
    public static async Task ExecuteAsync(ApiRequest api, PlatformState platform, string name)
    {
        var body = await api.BodyAsync();
        switch (name)
        {
            case "ImportSolution":
                RequireImportPrivilege(api);
                Required(body, "ImportJobId", name);
                try
                {
                    platform.Imports.Import(Zip(body, name));
                }
                catch (SolutionImportException refused)
                {
                    throw new WebApiException(400, ErrorResponses.Hex(ErrorCodes.InvalidArgument), refused.Message);
                }
                JsonResponse.NoContent(api.Http);
                return;
            case "ImportSolutionAsync":
                RequireImportPrivilege(api);
                var jobId = platform.Imports.Start(Zip(body, name));
                await ActionResponses.WriteAsync(api, name, new ParameterCollection { ["AsyncOperationId"] = jobId, ["ImportJobKey"] = jobId.ToString("D") });
                return;
            case "PublishAllXml":
                JsonResponse.NoContent(api.Http);
                return;
            default:
                await ActionResponses.WriteAsync(api, name, new ParameterCollection { ["id"] = AddComponent(api, platform, body) });
                return;
        }
    }

    private static Guid AddComponent(ApiRequest api, PlatformState platform, JsonElement body)
    {
        var componentId = Guid.TryParse(Required(body, "ComponentId", "AddSolutionComponent").GetString(), out var id) ? id
            : throw WebApiException.BadRequest("ComponentId must be a GUID.");
        var type = Required(body, "ComponentType", "AddSolutionComponent").GetInt32();
        Required(body, "AddRequiredComponents", "AddSolutionComponent");
        var uniqueName = Required(body, "SolutionUniqueName", "AddSolutionComponent").GetString() ?? "";
        var solution = PlatformRows.First(api.Service, PlatformTables.Solution, ("uniquename", uniqueName))
            ?? throw new WebApiException(404, ErrorResponses.Hex(ErrorCodes.ObjectDoesNotExist), $"A solution with the unique name '{uniqueName}' does not exist.");
        if (solution.GetAttributeValue<bool>("ismanaged"))
        {
            throw new WebApiException(400, ErrorResponses.Hex(ErrorCodes.InvalidArgument), "Cannot add a Component to a Managed Solution.");
        }
        if (type == RegistrationRows.StepComponent && PlatformRows.Find(api.Service, PlatformTables.Step, componentId, "name") == null)
        {
            throw new WebApiException(404, ErrorResponses.Hex(ErrorCodes.ObjectDoesNotExist), $"{PlatformTables.Step} With Id = {componentId:D} Does Not Exist");
        }
        platform.AddComponents(api.Service, solution.Id, new[] { (type, componentId) });
        return PlatformRows.First(api.Service, PlatformTables.SolutionComponent, ("solutionid", solution.Id), ("objectid", componentId))!.Id;
    }

    private static byte[] Zip(JsonElement body, string action)
    {
        var file = Required(body, "CustomizationFile", action);
        try
        {
            return file.GetBytesFromBase64();
        }
        catch (InvalidOperationException)
        {
            throw WebApiException.BadRequest("CustomizationFile must be the solution zip in base64.");
        }
        catch (FormatException)
        {
            throw WebApiException.BadRequest("CustomizationFile must be the solution zip in base64.");
        }
    }

    private static JsonElement Required(JsonElement body, string parameter, string action) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(parameter, out var value)
            ? value
            : throw WebApiException.BadRequest($"Required field '{parameter}' is missing for the {action} message.");

    private static void RequireImportPrivilege(ApiRequest api)
    {
        using var probe = api.Organization.BeginTransaction(api.UserId);
        probe.Service.Create(new Entity(PlatformTables.Solution) { ["uniquename"] = "privilegecheck" });
    }
}
