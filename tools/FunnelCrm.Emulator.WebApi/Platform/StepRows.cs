using System;
using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// Reads an <c>sdkmessageprocessingstep</c> row (with its message, filter, plug-in type and images) into the emulator's
/// step registration, refusing with the reason an admin can act on what the emulator cannot register.
/// </summary>
public static class StepRows
{
    /// <summary>The registration the row describes.</summary>
    public static StepRegistration Registration(IOrganizationService service, PluginCatalog catalog, Entity step)
    {
        var name = step.GetAttributeValue<string>("name") ?? "";
        var message = step.GetAttributeValue<EntityReference>("sdkmessageid") is { } messageId
            ? service.Retrieve(PlatformTables.SdkMessage, messageId.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("name")).GetAttributeValue<string>("name")
            : throw Refused(name, "it names no message (sdkmessageid).");
        var table = step.GetAttributeValue<EntityReference>("sdkmessagefilterid") is { } filterId
            ? service.Retrieve(PlatformTables.SdkMessageFilter, filterId.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("primaryobjecttypecode", "sdkmessageid"))
                .GetAttributeValue<string>("primaryobjecttypecode") ?? ""
            : "";
        var handler = step.GetAttributeValue<EntityReference>("eventhandler") ?? step.GetAttributeValue<EntityReference>("plugintypeid")
            ?? throw Refused(name, "it names no plug-in type (eventhandler_plugintype).");
        if (handler.LogicalName != PlatformTables.PluginType)
        {
            throw Refused(name, "the emulator runs plug-in types only, not service endpoints.");
        }
        var typeName = service.Retrieve(PlatformTables.PluginType, handler.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("typename")).GetAttributeValue<string>("typename") ?? "";
        var type = catalog.Find(typeName)
            ?? throw Refused(name, $"the plug-in type '{typeName}' is not in an assembly the emulator runs ({string.Join(", ", catalog.AssemblyNames)}).");
        var images = PlatformRows.Where(service, PlatformTables.StepImage, "sdkmessageprocessingstepid", step.Id)
            .Select(image => new ImageRegistration(image.GetAttributeValue<string>("entityalias") ?? image.GetAttributeValue<string>("name") ?? "",
                (StepImageType)(image.GetAttributeValue<OptionSetValue>("imagetype")?.Value ?? 0),
                Split(image.GetAttributeValue<string>("attributes"))))
            .ToArray();
        return new StepRegistration(type, message ?? "", table, (PipelineStage)(step.GetAttributeValue<OptionSetValue>("stage")?.Value ?? 0))
        {
            Id = step.Id,
            Name = name,
            Mode = (StepMode)(step.GetAttributeValue<OptionSetValue>("mode")?.Value ?? 0),
            Rank = step.GetAttributeValue<int?>("rank") ?? 1,
            FilteringAttributes = Split(step.GetAttributeValue<string>("filteringattributes")),
            DeleteAsyncOperationOnSuccess = step.GetAttributeValue<bool?>("asyncautodelete") ?? false,
            UnsecureConfiguration = step.GetAttributeValue<string>("configuration"),
            Images = images,
        };
    }

    /// <summary>Whether the row is enabled (statecode 0).</summary>
    public static bool IsEnabled(Entity step) => (step.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0) == 0;

    private static string[] Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => a.ToLowerInvariant()).ToArray();

    private static InvalidPluginExecutionException Refused(string step, string reason) =>
        new($"The step '{step}' cannot be registered: {reason}");
}
