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
    public static IReadOnlyList<string> Refusals(string message, PipelineStage stage, StepMode mode, IReadOnlyCollection<string> filteringAttributes, IEnumerable<StepImageType> imageTypes) =>
        StepRules.Check(message, stage, mode, filteringAttributes, imageTypes);
}
