using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FunnelCrm.Emulator.WebApi.Hosting;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// The platform side of the organization the host serves: the platform tables and their rows (messages, filters,
/// registrations, solutions, system jobs, trace logs), the step synchronizer that makes a step row a live registration,
/// and solution imports.
/// </summary>
public sealed class PlatformState
{
    private readonly Organization organization;

    private PlatformState(Organization organization, PluginCatalog catalog, PluginTraceLogSetting traceLog)
    {
        this.organization = organization;
        Catalog = catalog;
        Diagnostics = new DiagnosticRows(organization, traceLog);
        Imports = new SolutionImports(organization, this);
    }

    /// <summary>The plug-in classes the organization can run.</summary>
    public PluginCatalog Catalog { get; }

    /// <summary>The message and filter rows.</summary>
    public MessageRows Messages { get; } = new();

    /// <summary>System job and trace log rows.</summary>
    public DiagnosticRows Diagnostics { get; }

    /// <summary>Solution imports.</summary>
    public SolutionImports Imports { get; }

    /// <summary>
    /// Adds the platform tables to <paramref name="organization"/>, registers the step synchronizer, writes the rows of
    /// its messages and of the steps it runs already, and, when <paramref name="installedSolution"/> (a solution.xml) is
    /// given, that solution's row with those steps as its components.
    /// </summary>
    public static PlatformState Install(Organization organization, IEnumerable<Assembly> runnable, PluginTraceLogSetting traceLog, XDocument? installedSolution)
    {
        PlatformTables.AddTo(organization.Metadata);
        SystemAdministrator.Refresh(organization);
        var registered = organization.RegisteredSteps;
        var platform = new PlatformState(organization, new PluginCatalog(runnable.Concat(registered.Select(r => r.PluginType.Assembly))), traceLog);
        foreach (var registration in new StepSynchronizer(organization, platform.Catalog).Registrations())
        {
            organization.RegisterStep(registration);
        }
        var service = organization.CreateService();
        platform.Messages.Refresh(service, organization);
        var components = RegistrationRows.Write(service, platform.Messages, registered);
        if (installedSolution?.Root?.Element("SolutionManifest") is { } manifest)
        {
            var solutionId = Guid.NewGuid();
            service.Create(new Entity(PlatformTables.Solution, solutionId)
            {
                ["uniquename"] = manifest.Element("UniqueName")?.Value, ["version"] = manifest.Element("Version")?.Value,
                ["friendlyname"] = manifest.Element("UniqueName")?.Value, ["ismanaged"] = manifest.Element("Managed")?.Value == "1",
                ["isvisible"] = true, ["installedon"] = organization.Clock.UtcNow,
            });
            platform.AddComponents(service, solutionId, components);
        }
        return platform;
    }

    /// <summary>Adds components to a solution (a component it has already is kept once).</summary>
    public void AddComponents(IOrganizationService service, Guid solutionId, IEnumerable<(int Type, Guid Id)> components)
    {
        var existing = PlatformRows.Where(service, PlatformTables.SolutionComponent, "solutionid", solutionId, "objectid", "componenttype")
            .Select(c => (c.GetAttributeValue<OptionSetValue>("componenttype")?.Value ?? 0, c.GetAttributeValue<Guid>("objectid")))
            .ToHashSet();
        foreach (var component in components.Where(c => existing.Add(c)))
        {
            service.Create(new Entity(PlatformTables.SolutionComponent)
            {
                ["solutionid"] = new EntityReference(PlatformTables.Solution, solutionId),
                ["objectid"] = component.Id, ["componenttype"] = new OptionSetValue(component.Type), ["rootcomponentbehavior"] = new OptionSetValue(0),
                ["ismetadata"] = component.Type is not (RegistrationRows.PluginTypeComponent or RegistrationRows.PluginAssemblyComponent or RegistrationRows.StepComponent or RegistrationRows.ImageComponent),
            });
        }
    }
}
