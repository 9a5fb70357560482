using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Packaging;

/// <summary>The PluginAssembly, PluginType and SdkMessageProcessingStep XML generated from the declarations in code.</summary>
public static class RegistrationXml
{
    /// <summary>The PluginAssembly element (with its types) of one deployable.</summary>
    public static XElement Assembly(DeployableAssembly dll, IReadOnlyList<DeclaredType> types)
    {
        var id = AssemblyId(dll);
        return new XElement("PluginAssembly",
            new XAttribute("FullName", dll.FullName),
            new XAttribute("PluginAssemblyId", id.ToString()),
            new XAttribute("CustomizationLevel", "1"),
            new XElement("IsolationMode", "2"),
            new XElement("SourceType", "0"),
            new XElement("IntroducedVersion", "1.0.0.0"),
            new XElement("FileName", FileName(dll)),
            new XElement("PluginTypes", types.Select(t => Type(dll, t))));
    }

    /// <summary>The zip entry the DLL goes to, as FileName names it (without the leading slash).</summary>
    public static string Entry(DeployableAssembly dll) => FileName(dll).TrimStart('/');

    /// <summary>The step elements of the plugin types.</summary>
    public static IEnumerable<XElement> Steps(DeployableAssembly dll, IReadOnlyList<DeclaredType> types) =>
        types.SelectMany(t => t.Steps.Select(s => Step(dll, t, s)));

    private static XElement Type(DeployableAssembly dll, DeclaredType type)
    {
        var element = new XElement("PluginType",
            new XAttribute("AssemblyQualifiedName", QualifiedName(dll, type)),
            new XAttribute("PluginTypeId", StableIds.For(type.Type.FullName!).ToString()),
            new XAttribute("Name", type.Type.FullName!),
            new XElement("FriendlyName", type.Activity?.Name ?? type.Type.Name));
        if (type.Activity != null)
        {
            element.Add(new XElement("WorkflowActivityGroupName", type.Activity.Group));
        }

        return element;
    }

    private static XElement Step(DeployableAssembly dll, DeclaredType type, PluginStepAttribute step)
    {
        var messageId = SdkMessages.IdOf(step.Message) ?? throw new PackagingException("Step " + step.Id + " of " + type.Type.FullName + ": the packer does not know the id of message '" + step.Message + "'.");
        var element = new XElement("SdkMessageProcessingStep",
            new XAttribute("Name", type.Type.FullName + ": " + step.Message + " of " + step.Table),
            new XAttribute("SdkMessageProcessingStepId", "{" + step.Id + "}"),
            new XElement("PluginTypeName", QualifiedName(dll, type)),
            new XElement("PluginTypeId", StableIds.For(type.Type.FullName!).ToString()),
            new XElement("PrimaryEntity", step.Table),
            new XElement("AsyncAutoDelete", step.Mode == StepMode.Asynchronous && step.DeleteAsyncOperationOnSuccess ? "1" : "0"),
            new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
            new XElement("InvocationSource", "0"),
            new XElement("Mode", ((int)step.Mode).ToString()),
            new XElement("Rank", step.Rank.ToString()),
            new XElement("SdkMessageId", "{" + messageId + "}"),
            new XElement("EventHandlerTypeCode", "4602"),
            new XElement("Stage", ((int)step.Stage).ToString()),
            new XElement("IsCustomizable", "1"),
            new XElement("IsHidden", "0"),
            new XElement("SupportedDeployment", "0"),
            new XElement("IntroducedVersion", "1.0.0.0"));
        var images = type.Images.Where(i => i.StepId == step.Id).ToList();
        if (images.Count > 0)
        {
            element.Add(new XElement("SdkMessageProcessingStepImages", images.Select(i => new XElement("SdkMessageProcessingStepImage",
                new XAttribute("Name", i.Alias),
                new XElement("SdkMessageProcessingStepImageId", "{" + (i.Id.Length > 0 ? i.Id : StableIds.For(step.Id + "/" + i.Alias).ToString()) + "}"),
                new XElement("Attributes", string.Join(",", i.Attributes)),
                new XElement("EntityAlias", i.Alias),
                new XElement("ImageType", ((int)i.ImageType).ToString()),
                new XElement("MessagePropertyName", step.Message == "Create" ? "Id" : "Target"),
                new XElement("IsCustomizable", "1")))));
        }

        return element;
    }

    private static string QualifiedName(DeployableAssembly dll, DeclaredType type) => type.Type.FullName + ", " + dll.FullName;

    private static Guid AssemblyId(DeployableAssembly dll) => StableIds.For("assembly:" + dll.Name);

    private static string FileName(DeployableAssembly dll) =>
        "/PluginAssemblies/" + dll.Name.Replace(".", "") + "-" + AssemblyId(dll).ToString().ToUpperInvariant() + "/" + dll.Name + ".dll";
}
