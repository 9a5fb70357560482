using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Registrations;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Registrations against the built assemblies and Dataverse's rules: every plugin assembly and plugin type of the XML
/// exists in a built assembly with the same (assembly-qualified) name, every IPlugin / CodeActivity class is in the XML,
/// every plugin declares a step and every activity its [WorkflowActivity], images belong to declared steps, ids are
/// GUIDs, every step names a plugin type of the XML and a message the packer knows, and every step obeys the
/// registration rules (async only in post-operation, no pre-image on Create, ...).
/// </summary>
public static class RegistrationCheck
{
    /// <summary>The failures.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        var failures = new List<PackFailure>();
        var built = new Dictionary<string, (DeployableAssembly Dll, RegistrableType Type)>(StringComparer.Ordinal);
        foreach (var dll in package.Assemblies)
        {
            failures.AddRange(dll.Problems.Select(p => new PackFailure(dll.FileName, p)));
            foreach (var type in dll.Types)
            {
                built[dll.Identity.QualifiedNameOf(type.FullName)] = (dll, type);
                failures.AddRange(Declarations(type));
            }
        }

        var xmlTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in package.Block("SolutionPluginAssemblies", "PluginAssembly"))
        {
            var fullName = assembly.Attribute("FullName")?.Value ?? "";
            if (!package.Assemblies.Any(d => d.Identity.FullName == fullName))
            {
                failures.Add(new PackFailure(ComponentNames.Describe(assembly), "no built assembly has this full name (built: " + string.Join("; ", package.Assemblies.Select(d => d.Identity.FullName)) + ")."));
            }

            foreach (var pluginType in assembly.Descendants("PluginType"))
            {
                var qualified = pluginType.Attribute("AssemblyQualifiedName")?.Value ?? "";
                xmlTypes.Add(qualified);
                if (!built.TryGetValue(qualified, out var found))
                {
                    failures.Add(new PackFailure(ComponentNames.Describe(pluginType), "the built assemblies have no plugin or workflow activity class '" + qualified + "'."));
                }
                else if (pluginType.Attribute("Name")?.Value != found.Type.FullName)
                {
                    failures.Add(new PackFailure(ComponentNames.Describe(pluginType), "its Name should be the class's full name '" + found.Type.FullName + "'."));
                }
            }
        }

        foreach (var missing in built.Keys.Where(k => !xmlTypes.Contains(k)))
        {
            failures.Add(new PackFailure("class " + built[missing].Type.FullName + " in " + built[missing].Dll.FileName, "it is an IPlugin or CodeActivity class but no PluginType of the solution registers it ('" + missing + "')."));
        }

        failures.AddRange(Steps(package, xmlTypes));
        return failures;
    }

    private static IEnumerable<PackFailure> Declarations(RegistrableType type)
    {
        var component = "class " + type.FullName;
        if (type.Kind == RegistrableKind.Plugin && type.Steps.Count == 0 && type.CustomApi == null)
        {
            yield return new PackFailure(component, "the plugin declares no step ([PluginStep]) and no custom API ([CustomApi]), so Dataverse would never run it.");
        }

        if (type.Kind == RegistrableKind.WorkflowActivity && type.Activity == null)
        {
            yield return new PackFailure(component, "the workflow activity has no [WorkflowActivity] declaration (id and name).");
        }

        if (type.Activity != null && !Guid.TryParse(type.Activity.Id, out _))
        {
            yield return new PackFailure(component, "its [WorkflowActivity] id '" + type.Activity.Id + "' is not a GUID.");
        }

        foreach (var image in type.Images.Where(i => !type.Steps.Any(s => RegistrationXml.SameId(s.Id, i.StepId))))
        {
            yield return new PackFailure(component, "its image '" + image.Alias + "' names step " + image.StepId + ", which the class does not declare.");
        }

        foreach (var image in type.Images.Where(i => i.Id.Length > 0 && !Guid.TryParse(i.Id, out _)))
        {
            yield return new PackFailure(component, "its image '" + image.Alias + "' has the id '" + image.Id + "', which is not a GUID.");
        }

        foreach (var group in type.Images.GroupBy(i => (i.StepId.Trim('{', '}').ToLowerInvariant(), i.Alias)).Where(g => g.Count() > 1))
        {
            yield return new PackFailure(component, "it declares the image alias '" + group.Key.Alias + "' twice on step " + group.Key.Item1 + ".");
        }
    }

    private static IEnumerable<PackFailure> Steps(SolutionPackage package, ISet<string> xmlTypes)
    {
        foreach (var step in package.Block("SdkMessageProcessingSteps", "SdkMessageProcessingStep"))
        {
            var component = ComponentNames.Describe(step);
            var id = step.Attribute("SdkMessageProcessingStepId")?.Value ?? "";
            if (!Guid.TryParse(id, out _))
            {
                yield return new PackFailure(component, "its id '" + id + "' is not a GUID.");
            }

            var typeName = step.Element("PluginTypeName")?.Value ?? "";
            if (!xmlTypes.Contains(typeName))
            {
                yield return new PackFailure(component, "its plugin type '" + typeName + "' is not a PluginType of the solution.");
            }

            var message = SdkMessages.NameOf(step.Element("SdkMessageId")?.Value);
            if (message == null)
            {
                yield return new PackFailure(component, "its message is not one the packer knows the SdkMessageId of (known: " + string.Join(", ", SdkMessages.Known) + ").");
                continue;
            }

            var stage = (PipelineStage)Number(step.Element("Stage"));
            var mode = (StepMode)Number(step.Element("Mode"));
            var filtering = (step.Element("FilteringAttributes")?.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var images = step.Descendants("SdkMessageProcessingStepImage").Select(i => (StepImageType)Number(i.Element("ImageType"))).ToList();
            foreach (var refusal in DataverseStepRules.Refusals(message, stage, mode, filtering, images))
            {
                yield return new PackFailure(component, refusal);
            }
        }
    }

    private static int Number(XElement? element) => int.TryParse(element?.Value, out var value) ? value : -1;
}
