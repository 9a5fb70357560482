using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Packaging.Assemblies;

namespace FunnelCrm.Packaging.Registrations;

/// <summary>
/// Generates the PluginAssembly / PluginType / SdkMessageProcessingStep XML from the declarations in the built assemblies,
/// shaped as exports write it (InvocationSource 1, an empty SdkMessageProcessingStepImages on steps without images, file
/// names without dots; Ardalyst/Celedon-Autonumber-RTM, YarSol/deploytest, mikefactorial/PluginSample), with stable ids:
/// step and image ids as declared, plugin type ids derived from the full type name (workflow activities: the declared
/// id), assembly ids derived from the assembly name.
/// </summary>
public static class RegistrationXml
{
    /// <summary>
    /// The XML, root components, DLL entries and custom API files of the given assemblies. An assembly without a plugin or workflow
    /// activity class is left out: Dataverse refuses to register an assembly that has no type to register.
    /// </summary>
    public static GeneratedRegistrations Generate(IEnumerable<DeployableAssembly> assemblies)
    {
        var generated = new GeneratedRegistrations();
        foreach (var dll in assemblies.Where(a => a.Types.Count > 0))
        {
            var assemblyId = StableIds.ForAssembly(dll.Identity.Name);
            var fileName = FileNameOf(dll, assemblyId);
            generated.Assemblies.Add(Assembly(dll, assemblyId, fileName));
            generated.Files[fileName.TrimStart('/')] = dll.Path;
            generated.RootComponents.Add(new XElement("RootComponent",
                new XAttribute("type", "91"), new XAttribute("id", Braced(assemblyId)), new XAttribute("schemaName", dll.Identity.FullName), new XAttribute("behavior", "0")));
            foreach (var type in dll.Types)
            {
                foreach (var step in type.Steps)
                {
                    generated.Steps.Add(Step(dll, type, step));
                    generated.RootComponents.Add(new XElement("RootComponent",
                        new XAttribute("type", "92"), new XAttribute("id", "{" + step.Id.Trim('{', '}').ToLowerInvariant() + "}"), new XAttribute("behavior", "0")));
                }
            }
        }

        foreach (var (entry, root) in CustomApiXml.Generate(assemblies))
        {
            generated.Documents[entry] = root;
        }

        return generated;
    }

    /// <summary>
    /// The FileName a deployable gets, as exports name it: the assembly's file name without its dots for both the folder
    /// and the file, /PluginAssemblies/&lt;name&gt;-&lt;ASSEMBLY ID&gt;/&lt;name&gt;.dll (Celedon.AutoNumber.dll is exported as
    /// CeledonAutoNumber-&lt;ID&gt;/CeledonAutoNumber.dll, Alcumus.CRM.Safe.Plugins.dll as AlcumusCRMSafePlugins-&lt;ID&gt;/AlcumusCRMSafePlugins.dll).
    /// </summary>
    public static string FileNameOf(DeployableAssembly dll, Guid assemblyId)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(dll.FileName).Replace(".", "");
        return "/PluginAssemblies/" + name + "-" + assemblyId.ToString().ToUpperInvariant() + "/" + name + System.IO.Path.GetExtension(dll.FileName);
    }

    /// <summary>The plugin type id of a class: the declared activity id, or the id derived from the full type name.</summary>
    public static Guid PluginTypeIdOf(RegistrableType type) =>
        type.Activity != null && Guid.TryParse(type.Activity.Id, out var declared) ? declared : StableIds.ForPluginType(type.FullName);

    private static XElement Assembly(DeployableAssembly dll, Guid assemblyId, string fileName) =>
        new XElement("PluginAssembly",
            new XAttribute("FullName", dll.Identity.FullName),
            new XAttribute("PluginAssemblyId", assemblyId.ToString()),
            new XAttribute("CustomizationLevel", "1"),
            new XElement("IsolationMode", "2"),
            new XElement("SourceType", "0"),
            new XElement("IntroducedVersion", "1.0.0.0"),
            new XElement("FileName", fileName),
            new XElement("PluginTypes", dll.Types.Select(t => PluginType(dll, t))));

    private static XElement PluginType(DeployableAssembly dll, RegistrableType type)
    {
        var element = new XElement("PluginType",
            new XAttribute("AssemblyQualifiedName", dll.Identity.QualifiedNameOf(type.FullName)),
            new XAttribute("PluginTypeId", PluginTypeIdOf(type).ToString()),
            new XAttribute("Name", type.FullName),
            new XElement("FriendlyName", type.Activity?.Name ?? ShortName(type.FullName)));
        if (type.Kind == RegistrableKind.WorkflowActivity)
        {
            element.Add(new XElement("WorkflowActivityGroupName", type.Activity?.Group ?? WorkflowActivityGroup.Name));
        }

        return element;
    }

    private static XElement Step(DeployableAssembly dll, RegistrableType type, DeclaredStep step)
    {
        var element = new XElement("SdkMessageProcessingStep",
            new XAttribute("Name", type.FullName + ": " + step.Message + " of " + step.Table),
            new XAttribute("SdkMessageProcessingStepId", "{" + step.Id.Trim('{', '}').ToLowerInvariant() + "}"),
            new XElement("PluginTypeName", dll.Identity.QualifiedNameOf(type.FullName)),
            new XElement("PluginTypeId", PluginTypeIdOf(type).ToString()),
            new XElement("PrimaryEntity", step.Table),
            new XElement("AsyncAutoDelete", step.Mode == StepMode.Asynchronous && step.DeleteAsyncOperationOnSuccess ? "1" : "0"),
            new XElement("Description", step.Description),
            new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
            new XElement("InvocationSource", "1"),
            new XElement("Mode", Number((int)step.Mode)),
            new XElement("Rank", Number(step.Rank)));
        if (SdkMessages.IdOf(step.Message) is Guid messageId)
        {
            element.Add(new XElement("SdkMessageId", Braced(messageId)));
        }

        element.Add(
            new XElement("EventHandlerTypeCode", "4602"),
            new XElement("Stage", Number((int)step.Stage)),
            new XElement("IsCustomizable", "1"),
            new XElement("IsHidden", "0"),
            new XElement("SupportedDeployment", "0"),
            new XElement("IntroducedVersion", "1.0.0.0"));
        element.Add(new XElement("SdkMessageProcessingStepImages", type.Images.Where(i => SameId(i.StepId, step.Id)).Select(i => Image(step, i))));
        return element;
    }

    private static XElement Image(DeclaredStep step, DeclaredImage image) =>
        new XElement("SdkMessageProcessingStepImage",
            new XAttribute("Name", image.Alias),
            new XElement("SdkMessageProcessingStepImageId", Braced(Guid.TryParse(image.Id, out var id) ? id : StableIds.ForImage(step.Id, image.Alias))),
            new XElement("Attributes", string.Join(",", image.Attributes)),
            new XElement("EntityAlias", image.Alias),
            new XElement("ImageType", Number((int)image.ImageType)),
            new XElement("MessagePropertyName", step.Message == "Create" ? "Id" : "Target"),
            new XElement("IsCustomizable", "1"));

    /// <summary>Whether two declared ids name the same step (braces and case aside).</summary>
    public static bool SameId(string left, string right) =>
        string.Equals(left.Trim('{', '}'), right.Trim('{', '}'), StringComparison.OrdinalIgnoreCase);

    private static string Braced(Guid id) => "{" + id + "}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ShortName(string fullName)
    {
        var cut = Math.Max(fullName.LastIndexOf('.'), fullName.LastIndexOf('+'));
        return fullName.Substring(cut + 1);
    }
}
