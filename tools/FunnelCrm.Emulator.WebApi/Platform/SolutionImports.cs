using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using FunnelCrm.Emulator.WebApi.Hosting;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// ImportSolution and ImportSolutionAsync: reads the zip (customizations.xml with the emulator's own reader), adds the
/// tables, writes the plug-in assembly, type and step rows (each step row registers its step in the pipeline through
/// <see cref="StepSynchronizer"/>), the solution row and its components. An asynchronous import is a system job
/// (operation type 54, Execute Async Request) that moves from Waiting (0/0) through In Progress (2/20) to Succeeded
/// (3/30), or Failed (3/31) with the reason in <c>message</c> and <c>friendlymessage</c>.
/// </summary>
public sealed class SolutionImports
{
    private const int ExecuteAsyncRequest = 54;

    private readonly Organization organization;
    private readonly PlatformState platform;
    private readonly object importing = new();
    private readonly ConcurrentBag<Task> running = new();

    /// <summary>Imports into the organization whose platform rows <paramref name="platform"/> keeps.</summary>
    public SolutionImports(Organization organization, PlatformState platform)
    {
        this.organization = organization;
        this.platform = platform;
    }

    /// <summary>Starts an asynchronous import; returns the system job's id.</summary>
    public Guid Start(byte[] zip)
    {
        var jobId = Guid.NewGuid();
        organization.CreateService().Create(new Entity(PlatformTables.AsyncOperation, jobId)
        {
            ["name"] = "ImportSolutionAsync", ["operationtype"] = new OptionSetValue(ExecuteAsyncRequest), ["messagename"] = "ImportSolution",
            ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(0),
        });
        running.Add(Task.Run(() => Run(jobId, zip)));
        return jobId;
    }

    /// <summary>Imports now; a refused import throws <see cref="SolutionImportException"/>.</summary>
    public void Import(byte[] zip) => Apply(Read(zip));

    /// <summary>Waits for the imports started so far.</summary>
    public Task WhenIdle() => Task.WhenAll(running.ToArray());

    private void Run(Guid jobId, byte[] zip)
    {
        var service = organization.CreateService();
        service.Update(new Entity(PlatformTables.AsyncOperation, jobId)
        {
            ["statecode"] = new OptionSetValue(2), ["statuscode"] = new OptionSetValue(20), ["startedon"] = organization.Clock.UtcNow,
        });
        var done = new Entity(PlatformTables.AsyncOperation, jobId) { ["statecode"] = new OptionSetValue(3), ["completedon"] = organization.Clock.UtcNow };
        try
        {
            Apply(Read(zip));
            done["statuscode"] = new OptionSetValue(30);
        }
        catch (SolutionImportException refused)
        {
            done["statuscode"] = new OptionSetValue(31);
            done["message"] = refused.Message;
            done["friendlymessage"] = refused.Message;
        }
        service.Update(done);
    }

    private static SolutionPackage Read(byte[] zip)
    {
        try
        {
            return SolutionPackage.Read(zip);
        }
        catch (InvalidDataException invalid)
        {
            throw new SolutionImportException(invalid.Message);
        }
    }

    private void Apply(SolutionPackage package)
    {
        lock (importing)
        {
            var service = organization.CreateService();
            var installed = PlatformRows.First(service, PlatformTables.Solution, ("uniquename", package.UniqueName));
            CheckUpgrade(package, installed);
            organization.LoadCustomizations(package.Customizations);
            SystemAdministrator.Refresh(organization);
            platform.Messages.Refresh(service, organization);
            var components = new List<(int Type, Guid Id)>();
            try
            {
                components.AddRange(Assemblies(service, package.Customizations));
                components.AddRange(Steps(service, package.Customizations));
            }
            catch (OrganizationServiceFaultException refused)
            {
                throw new SolutionImportException($"The import of solution {package.UniqueName} failed: {refused.Detail.Message}");
            }
            var solutionId = installed?.Id ?? Guid.NewGuid();
            PlatformRows.Upsert(service, new Entity(PlatformTables.Solution, solutionId)
            {
                ["uniquename"] = package.UniqueName, ["friendlyname"] = package.FriendlyName, ["version"] = package.Version.ToString(),
                ["ismanaged"] = package.Managed, ["isvisible"] = true, ["installedon"] = organization.Clock.UtcNow,
            });
            platform.AddComponents(service, solutionId, components.Concat(RootComponents(package.Manifest)));
        }
    }

    private static void CheckUpgrade(SolutionPackage package, Entity? installed)
    {
        if (installed == null)
        {
            return;
        }
        var managed = installed.GetAttributeValue<bool>("ismanaged");
        if (managed != package.Managed)
        {
            throw new SolutionImportException(managed
                ? $"The solution {package.UniqueName} is installed as managed; an unmanaged package of it cannot be imported over it."
                : $"The solution {package.UniqueName} is installed as unmanaged; a managed package of it cannot be imported over it. Delete the unmanaged solution first.");
        }
        if (managed && Version.TryParse(installed.GetAttributeValue<string>("version"), out var current) && package.Version < current)
        {
            throw new SolutionImportException($"The solution {package.UniqueName} {current} is installed; the package's version {package.Version} is lower.");
        }
    }

    private IEnumerable<(int, Guid)> Assemblies(IOrganizationService service, XDocument customizations)
    {
        var components = new List<(int, Guid)>();
        foreach (var assembly in customizations.Root!.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"))
        {
            var fullName = (string?)assembly.Attribute("FullName") ?? "";
            if (!platform.Catalog.Runs(fullName))
            {
                throw new SolutionImportException(
                    $"The plug-in assembly '{fullName}' cannot be loaded: the emulator runs only the assemblies it was started with ({string.Join(", ", platform.Catalog.AssemblyNames)}).");
            }
            var name = new System.Reflection.AssemblyName(fullName);
            var assemblyId = Guid.Parse((string?)assembly.Attribute("PluginAssemblyId") ?? "");
            PlatformRows.Upsert(service, new Entity(PlatformTables.PluginAssembly, assemblyId)
            {
                ["name"] = name.Name, ["version"] = name.Version?.ToString(), ["culture"] = string.IsNullOrEmpty(name.CultureName) ? "neutral" : name.CultureName,
                ["publickeytoken"] = Convert.ToHexString(name.GetPublicKeyToken() ?? Array.Empty<byte>()).ToLowerInvariant(),
                ["isolationmode"] = new OptionSetValue(int.TryParse(assembly.Element("IsolationMode")?.Value, out var isolation) ? isolation : 2),
                ["sourcetype"] = new OptionSetValue(0),
            });
            components.Add((RegistrationRows.PluginAssemblyComponent, assemblyId));
            foreach (var type in assembly.Elements("PluginTypes").Elements("PluginType"))
            {
                var typeId = Guid.Parse((string?)type.Attribute("PluginTypeId") ?? "");
                var activityGroup = type.Element("WorkflowActivityGroupName")?.Value;
                PlatformRows.Upsert(service, new Entity(PlatformTables.PluginType, typeId)
                {
                    ["typename"] = (string?)type.Attribute("Name"), ["name"] = (string?)type.Attribute("Name"),
                    ["friendlyname"] = type.Element("FriendlyName")?.Value, ["assemblyname"] = name.Name,
                    ["pluginassemblyid"] = new EntityReference(PlatformTables.PluginAssembly, assemblyId),
                    ["isworkflowactivity"] = activityGroup != null, ["workflowactivitygroupname"] = activityGroup,
                });
                components.Add((RegistrationRows.PluginTypeComponent, typeId));
            }
        }
        return components;
    }

    private IEnumerable<(int, Guid)> Steps(IOrganizationService service, XDocument customizations)
    {
        var components = new List<(int, Guid)>();
        foreach (var step in customizations.Root!.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"))
        {
            var id = Guid.Parse((string?)step.Attribute("SdkMessageProcessingStepId") ?? "");
            var name = (string?)step.Attribute("Name") ?? "";
            var messageId = Guid.TryParse(step.Element("SdkMessageId")?.Value, out var given) ? given
                : throw new SolutionImportException($"The step '{name}' names no SdkMessageId.");
            var message = platform.Messages.NameOf(messageId)
                ?? throw new SolutionImportException($"The step '{name}' names the message {messageId}, which this organization does not have.");
            var table = step.Element("PrimaryEntity")?.Value ?? "";
            var typeId = Guid.Parse(step.Element("PluginTypeId")?.Value ?? "");
            var row = new Entity(PlatformTables.Step, id)
            {
                ["name"] = name,
                ["description"] = step.Element("Description")?.Value,
                ["sdkmessageid"] = new EntityReference(PlatformTables.SdkMessage, messageId),
                ["eventhandler"] = new EntityReference(PlatformTables.PluginType, typeId),
                ["plugintypeid"] = new EntityReference(PlatformTables.PluginType, typeId),
                ["stage"] = new OptionSetValue(Number(step, "Stage")),
                ["mode"] = new OptionSetValue(Number(step, "Mode")),
                ["rank"] = Number(step, "Rank"),
                ["filteringattributes"] = step.Element("FilteringAttributes")?.Value ?? "",
                ["asyncautodelete"] = step.Element("AsyncAutoDelete")?.Value == "1",
                ["supporteddeployment"] = new OptionSetValue(Number(step, "SupportedDeployment")),
                ["invocationsource"] = new OptionSetValue(Number(step, "InvocationSource")),
            };
            if (table.Length > 0 && table != "none")
            {
                row["sdkmessagefilterid"] = new EntityReference(PlatformTables.SdkMessageFilter, platform.Messages.FilterId(service, message, table));
            }
            using var transaction = organization.BeginTransaction();
            PlatformRows.Upsert(transaction.Service, row);
            foreach (var image in step.Elements("SdkMessageProcessingStepImages").Elements("SdkMessageProcessingStepImage"))
            {
                PlatformRows.Upsert(transaction.Service, new Entity(PlatformTables.StepImage, Guid.Parse(image.Element("SdkMessageProcessingStepImageId")?.Value ?? ""))
                {
                    ["name"] = (string?)image.Attribute("Name"), ["entityalias"] = image.Element("EntityAlias")?.Value,
                    ["imagetype"] = new OptionSetValue(Number(image, "ImageType")), ["messagepropertyname"] = image.Element("MessagePropertyName")?.Value,
                    ["attributes"] = image.Element("Attributes")?.Value ?? "",
                    ["sdkmessageprocessingstepid"] = new EntityReference(PlatformTables.Step, id),
                });
            }
            transaction.Commit();
            components.Add((RegistrationRows.StepComponent, id));
        }
        return components;
    }

    private static IEnumerable<(int, Guid)> RootComponents(XElement manifest) =>
        manifest.Elements("RootComponents").Elements("RootComponent")
            .Select(root => (int.TryParse((string?)root.Attribute("type"), out var type) ? type : 0,
                Guid.TryParse((string?)root.Attribute("id"), out var id) ? id : FunnelCrm.Packaging.Registrations.StableIds.For("component:" + (string?)root.Attribute("schemaName"))))
            .Where(c => c.Item1 is not (RegistrationRows.PluginAssemblyComponent or RegistrationRows.StepComponent));

    private static int Number(XElement element, string child) =>
        int.TryParse(element.Element(child)?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
}

/// <summary>A solution import the organization refuses, with the reason.</summary>
public sealed class SolutionImportException : Exception
{
    /// <summary>Describes a refusal.</summary>
    public SolutionImportException(string message)
        : base(message)
    {
    }
}
