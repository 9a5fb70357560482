using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Packaging;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Registrations;

namespace FunnelCrm.Plugins.Tests.Support;

/// <summary>
/// The plugin steps as <c>funnelcrm pack</c> writes them into the solution (SdkMessageProcessingStep XML generated from
/// the built net462 deployable), read back into the emulator's registrations of the classes in
/// <paramref name="plugins"/>: what a real organization registers on import.
/// </summary>
internal static class PackedSteps
{
    private static readonly string Configuration =
        typeof(PackedSteps).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    public static IReadOnlyList<StepRegistration> Of(Assembly plugins)
    {
        var deployable = DeployableBuild.Locate(RepositoryPaths.Root, Configuration).Single(path => System.IO.Path.GetFileNameWithoutExtension(path) == plugins.GetName().Name);
        var generated = RegistrationXml.Generate(new[] { DeployableAssembly.Read(deployable) });
        return generated.Steps.Select(step => Registration(plugins, step)).ToList();
    }

    /// <summary>One line per step, with each image's request property as the organization resolves it (for comparisons).</summary>
    public static IReadOnlyList<string> Describe(IEnumerable<StepRegistration> steps) =>
        steps.Select(s => $"{s.Id} {s.PluginType.FullName} {s.Message} {s.Table} {(int)s.Stage} {s.Mode} {s.Rank} [{string.Join(",", s.FilteringAttributes)}] "
                + string.Join(" ", s.Images.Select(i => $"{i.Alias}:{i.ImageType}:{i.MessagePropertyName ?? StepRules.ImagePropertyOf(s.Message)}:{string.Join(",", i.Attributes)}")))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

    private static StepRegistration Registration(Assembly plugins, XElement step)
    {
        var typeName = step.Element("PluginTypeName")!.Value.Split(',')[0].Trim();
        var message = SdkMessages.NameOf(step.Element("SdkMessageId")?.Value) ?? throw new InvalidOperationException("The packer wrote a step without a known message: " + step);
        return new StepRegistration(plugins.GetType(typeName, throwOnError: true)!, message, step.Element("PrimaryEntity")!.Value, (PipelineStage)Number(step, "Stage"))
        {
            Id = Guid.Parse(step.Attribute("SdkMessageProcessingStepId")!.Value),
            Mode = (StepMode)Number(step, "Mode"),
            Rank = Number(step, "Rank"),
            FilteringAttributes = Split(step.Element("FilteringAttributes")?.Value),
            Images = step.Descendants("SdkMessageProcessingStepImage")
                .Select(image => new ImageRegistration(image.Element("EntityAlias")!.Value, (StepImageType)Number(image, "ImageType"), Split(image.Element("Attributes")?.Value))
                {
                    MessagePropertyName = image.Element("MessagePropertyName")!.Value,
                })
                .ToArray(),
        };
    }

    private static int Number(XElement element, string name) => int.Parse(element.Element(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Split(string? list) => (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
