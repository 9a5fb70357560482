using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>
/// Serves one request under <c>/api/data/v9.x/</c> as the given user: parses the resource path, dispatches by kind and
/// method, and turns every refusal (a fault of the organization, an OData parse error, a Web API refusal) into
/// Dataverse's error response. The batch processor calls it for each part.
/// </summary>
public sealed class WebApiEndpoint
{
    private readonly Organization organization;
    private readonly ModelCache models;
    private readonly string version;

    /// <summary>An endpoint over <paramref name="organization"/> answering RetrieveVersion with <paramref name="version"/>.</summary>
    public WebApiEndpoint(Organization organization, ModelCache models, string version)
    {
        this.organization = organization;
        this.models = models;
        this.version = version;
    }

    /// <summary>The platform tables, imports and solution actions (set by the host).</summary>
    public Platform.PlatformState? Platform { get; init; }

    /// <summary>The batch processor (set by the host).</summary>
    public Batch.BatchProcessor? Batches { get; set; }

    /// <summary>Serves the request; <paramref name="service"/> is the caller's (or the change set's) service.</summary>
    public async Task ServeAsync(HttpContext http, Guid userId, IOrganizationService service, IReadOnlyDictionary<string, string>? contentIds)
    {
        var api = default(ApiRequest);
        try
        {
            api = new ApiRequest(http, models.Current, organization, userId, service, contentIds);
            var relative = RelativePath(http.Request.Path.Value ?? "");
            var path = ResourcePath.Parse(relative, api.Model);
            if (Platform != null && path.Table != null && global::FunnelCrm.Emulator.WebApi.Platform.PlatformTables.IsDiagnostic(path.Table.LogicalName))
            {
                Platform.Diagnostics.Refresh();
            }
            await DispatchAsync(api, path, http.Request.Method.ToUpperInvariant());
        }
        catch (WebApiException refusal)
        {
            await ErrorResponses.WriteAsync(http, refusal);
        }
        catch (ODataException parse)
        {
            await ErrorResponses.WriteAsync(http, parse);
        }
        catch (OrganizationServiceFaultException fault)
        {
            await ErrorResponses.WriteAsync(http, fault, api?.Preferences ?? Preferences.None);
        }
        catch (Exception unexpected) when (!http.Response.HasStarted && unexpected is not OperationCanceledException)
        {
            // Dataverse answers a failure of its own with 500 and its generic code; the emulator names what failed so a test says why.
            await ErrorResponses.WriteAsync(http, new WebApiException(500, ErrorResponses.Hex(ErrorCodes.NotSupported),
                $"An unexpected error occurred ({http.Request.Method} {http.Request.Path}): {unexpected.GetType().Name}: {unexpected.Message}"));
        }
    }

    /// <summary>The path under the service root, or throws 404 for anything else.</summary>
    public static string RelativePath(string path)
    {
        foreach (var root in new[] { "/api/data/v9.2", "/api/data/v9.1", "/api/data/v9.0" })
        {
            if (path.Equals(root, StringComparison.OrdinalIgnoreCase) || path.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase))
            {
                return path.Substring(root.Length).TrimStart('/');
            }
        }
        throw WebApiException.NotFound(path);
    }

    private Task DispatchAsync(ApiRequest api, ResourcePath path, string method) => (path.Kind, method) switch
    {
        (ResourceKind.ServiceDocument, "GET") => ServiceDocuments.WriteServiceDocumentAsync(api),
        (ResourceKind.Metadata, "GET") => ServiceDocuments.WriteMetadataAsync(api),
        (ResourceKind.Batch, "POST") => (Batches ?? throw WebApiException.NotFound("$batch")).ProcessAsync(api),
        (ResourceKind.Collection, "GET") => CollectionRequests.QueryAsync(api, path.RequiredTable),
        (ResourceKind.Collection, "POST") => RecordRequests.CreateAsync(api, path.RequiredTable),
        (ResourceKind.Count, "GET") => CollectionRequests.CountAsync(api, path.RequiredTable),
        (ResourceKind.Record, "GET") => RecordRequests.GetAsync(api, path),
        (ResourceKind.Record, "PATCH") => RecordRequests.PatchAsync(api, path),
        (ResourceKind.Record, "DELETE") => RecordRequests.DeleteAsync(api, path),
        (ResourceKind.Property, _) => RecordRequests.PropertyAsync(api, path, method),
        (ResourceKind.Operation or ResourceKind.CollectionOperation or ResourceKind.RecordOperation, _) => OperationRequests.ExecuteAsync(api, path, method, version, Platform),
        _ => throw WebApiException.MethodNotAllowed(method, api.Http.Request.Path.Value ?? ""),
    };
}
