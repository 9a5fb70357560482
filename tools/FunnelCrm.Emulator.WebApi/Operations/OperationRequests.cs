using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Operations;

/// <summary>
/// Functions and actions: <c>WhoAmI</c> and <c>RetrieveVersion</c> (GET), the bulk actions bound to an entity set,
/// and every other action (POST, unbound or bound to a record with <c>Microsoft.Dynamics.CRM.{Name}</c>) sent to the
/// organization's Execute by name, so messages and custom APIs the emulator runs work over HTTP. A record-bound action
/// gets the record as <c>Target</c> (QualifyLead as <c>LeadId</c>). Solution management (import, publish, adding
/// components) is the platform's.
/// </summary>
public static class OperationRequests
{
    /// <summary>Runs the operation the path names.</summary>
    public static async Task ExecuteAsync(ApiRequest api, ResourcePath path, string method, string version, Platform.PlatformState? platform)
    {
        var name = path.Operation!;
        if (path.Kind == ResourceKind.Operation && name is "WhoAmI" or "RetrieveVersion")
        {
            RequireMethod(method, "GET", name);
            var results = name == "WhoAmI"
                ? api.Service.Execute(new OrganizationRequest("WhoAmI")).Results
                : new ParameterCollection { ["Version"] = version };
            await ActionResponses.WriteAsync(api, name, results);
            return;
        }
        if (path.Kind == ResourceKind.CollectionOperation && BulkRequests.Messages.ContainsKey(name))
        {
            RequireMethod(method, "POST", name);
            await BulkRequests.ExecuteAsync(api, path.RequiredTable, name);
            return;
        }
        if (api.Organization.CustomApis.Find(name) is { } definition)
        {
            await CustomApiAsync(api, path, method, definition);
            return;
        }
        RequireMethod(method, "POST", name);
        if (platform != null && path.Kind == ResourceKind.Operation && Platform.PlatformActions.Handles(name))
        {
            await Platform.PlatformActions.ExecuteAsync(api, platform, name);
            return;
        }
        if (!api.Organization.Supports(name))
        {
            throw WebApiException.NotFound(path.Kind == ResourceKind.Operation ? name : "Microsoft.Dynamics.CRM." + name);
        }
        var request = new OrganizationRequest(name);
        ActionParameters.Read(api, request, await api.BodyAsync());
        if (path.Kind == ResourceKind.RecordOperation)
        {
            request[name == "QualifyLead" ? "LeadId" : "Target"] = api.Locate(RecordKeys.Reference(path.RequiredTable, path.Key!));
        }
        await ActionResponses.WriteAsync(api, name, api.Service.Execute(request).Results);
    }

    /// <summary>
    /// A custom API: a function by GET with its parameters in the call, an action by POST with its parameters in the body;
    /// bound to a record, it is called on that record's path (the record as Target), unbound on the service root. The
    /// binding decides the path: a record-bound API called unbound, or the other way round, is not found.
    /// </summary>
    private static async Task CustomApiAsync(ApiRequest api, ResourcePath path, string method, CustomApis.CustomApiRegistration definition)
    {
        var name = definition.UniqueName;
        var bound = definition.Binding == Crm.Registration.CustomApiBinding.Entity;
        if (bound != (path.Kind == ResourceKind.RecordOperation) || (bound && path.RequiredTable.LogicalName != definition.BoundTable))
        {
            throw WebApiException.NotFound(path.Kind == ResourceKind.Operation ? name : "Microsoft.Dynamics.CRM." + name);
        }
        RequireMethod(method, definition.IsFunction ? "GET" : "POST", name);
        var request = new OrganizationRequest(name);
        if (definition.IsFunction)
        {
            CustomApiParameters.FromArguments(api, definition, request, path.OperationArguments);
        }
        else
        {
            CustomApiParameters.FromBody(api, definition, request, await api.BodyAsync());
        }
        if (bound)
        {
            request["Target"] = api.Locate(RecordKeys.Reference(path.RequiredTable, path.Key!));
        }
        await ActionResponses.WriteAsync(api, name, api.Service.Execute(request).Results);
    }

    private static void RequireMethod(string method, string expected, string name)
    {
        if (method != expected)
        {
            throw WebApiException.MethodNotAllowed(method, name);
        }
    }
}
