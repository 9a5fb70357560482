using System.Collections.Generic;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// The one place the packer asks for Dataverse's step registration rules: it uses the emulator's
/// <see cref="StepRules"/>, so the packer and the emulator refuse exactly the same registrations.
/// </summary>
internal static class DataverseStepRules
{
    public static IReadOnlyList<string> Refusals(string message, string table, PipelineStage stage, StepMode mode, IReadOnlyCollection<string> filteringAttributes, IEnumerable<StepImageShape> images) =>
        StepRules.Check(message, table, stage, mode, filteringAttributes, images);

    /// <summary>The MessagePropertyName an image of a step on <paramref name="message"/> gets when its declaration names none.</summary>
    public static string? ImagePropertyOf(string message) => StepRules.ImagePropertyOf(message);
}
