using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Operations;

/// <summary>
/// Functions and actions: <c>WhoAmI</c> and <c>RetrieveVersion</c> (GET), the bulk actions bound to an entity set,
/// and every other action (POST, unbound or bound to a record with <c>Microsoft.Dynamics.CRM.{Name}</c>) sent to the
/// organization's Execute by name, so messages and custom APIs the emulator runs work over HTTP. A record-bound action
/// gets the record as <c>Target</c> (QualifyLead as <c>LeadId</c>).
/// </summary>
public static class OperationRequests
{
    /// <summary>Runs the operation the path names.</summary>
    public static async Task ExecuteAsync(ApiRequest api, ResourcePath path, string method, string version)
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
        RequireMethod(method, "POST", name);
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

    private static void RequireMethod(string method, string expected, string name)
    {
        if (method != expected)
        {
            throw WebApiException.MethodNotAllowed(method, name);
        }
    }
}
