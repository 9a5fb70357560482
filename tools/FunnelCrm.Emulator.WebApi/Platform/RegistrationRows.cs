using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Packaging.Registrations;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// Writes the rows of registrations the organization already runs (steps registered from the code's declarations):
/// the plug-in assembly and type, the step and its images, with the ids a packed solution gives them (assembly and
/// type ids derived from their names, the step's declared id, image ids from step and alias), so importing the solution
/// later updates these rows instead of adding second ones.
/// </summary>
public static class RegistrationRows
{
    /// <summary>The component type codes of solutioncomponent.</summary>
    public const int PluginTypeComponent = 90, PluginAssemblyComponent = 91, StepComponent = 92, ImageComponent = 93;

    /// <summary>Writes the rows of <paramref name="registrations"/>; returns the components written (type code, id).</summary>
    public static IReadOnlyList<(int Type, Guid Id)> Write(IOrganizationService service, MessageRows messages, IEnumerable<StepRegistration> registrations)
    {
        var components = new List<(int, Guid)>();
        foreach (var byAssembly in registrations.GroupBy(r => r.PluginType.Assembly))
        {
            var name = byAssembly.Key.GetName();
            var assemblyId = StableIds.ForAssembly(name.Name ?? "");
            PlatformRows.Upsert(service, new Entity(PlatformTables.PluginAssembly, assemblyId)
            {
                ["name"] = name.Name, ["version"] = name.Version?.ToString(), ["culture"] = string.IsNullOrEmpty(name.CultureName) ? "neutral" : name.CultureName,
                ["publickeytoken"] = Convert.ToHexString(name.GetPublicKeyToken() ?? Array.Empty<byte>()).ToLowerInvariant(),
                ["isolationmode"] = new OptionSetValue(2), ["sourcetype"] = new OptionSetValue(0),
            });
            components.Add((PluginAssemblyComponent, assemblyId));
            foreach (var type in byAssembly.Select(r => r.PluginType).Distinct())
            {
                var typeId = StableIds.ForPluginType(type.FullName!);
                PlatformRows.Upsert(service, new Entity(PlatformTables.PluginType, typeId)
                {
                    ["typename"] = type.FullName, ["name"] = type.FullName, ["friendlyname"] = type.Name, ["assemblyname"] = name.Name,
                    ["pluginassemblyid"] = new EntityReference(PlatformTables.PluginAssembly, assemblyId), ["isworkflowactivity"] = false,
                });
                components.Add((PluginTypeComponent, typeId));
            }
            foreach (var registration in byAssembly)
            {
                WriteStep(service, messages, registration, StableIds.ForPluginType(registration.PluginType.FullName!));
                components.Add((StepComponent, registration.Id));
            }
        }
        return components;
    }

    private static void WriteStep(IOrganizationService service, MessageRows messages, StepRegistration registration, Guid typeId)
    {
        var step = new Entity(PlatformTables.Step, registration.Id)
        {
            ["name"] = registration.Name,
            ["sdkmessageid"] = new EntityReference(PlatformTables.SdkMessage, messages.Id(service, registration.Message)),
            ["eventhandler"] = new EntityReference(PlatformTables.PluginType, typeId),
            ["plugintypeid"] = new EntityReference(PlatformTables.PluginType, typeId),
            ["stage"] = new OptionSetValue((int)registration.Stage),
            ["mode"] = new OptionSetValue((int)registration.Mode),
            ["rank"] = registration.Rank,
            ["filteringattributes"] = string.Join(",", registration.FilteringAttributes),
            ["asyncautodelete"] = registration.Mode == FunnelCrm.Crm.Registration.StepMode.Asynchronous && registration.DeleteAsyncOperationOnSuccess,
            ["supporteddeployment"] = new OptionSetValue(0),
            ["invocationsource"] = new OptionSetValue(0),
            ["configuration"] = registration.UnsecureConfiguration,
        };
        if (registration.Table.Length > 0)
        {
            step["sdkmessagefilterid"] = new EntityReference(PlatformTables.SdkMessageFilter, messages.FilterId(service, registration.Message, registration.Table));
        }
        PlatformRows.Upsert(service, step);
        foreach (var image in registration.Images)
        {
            PlatformRows.Upsert(service, new Entity(PlatformTables.StepImage, StableIds.ForImage(registration.Id.ToString(), image.Alias))
            {
                ["name"] = image.Alias, ["entityalias"] = image.Alias, ["imagetype"] = new OptionSetValue((int)image.ImageType),
                ["messagepropertyname"] = MessagePropertyName(registration.Message), ["attributes"] = string.Join(",", image.Attributes),
                ["sdkmessageprocessingstepid"] = new EntityReference(PlatformTables.Step, registration.Id),
            });
        }
    }

    /// <summary>The message property an image of the message is taken from.</summary>
    public static string MessagePropertyName(string message) => message switch
    {
        "Create" => "Id",
        "SetState" or "SetStateDynamicEntity" => "EntityMoniker",
        _ => "Target",
    };
}
