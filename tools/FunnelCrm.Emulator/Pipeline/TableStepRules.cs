using System.Collections.Generic;
using FunnelCrm.Emulator.Metadata;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// The registration rules that need the organization's tables: a step names a table the organization has, Assign
/// only on tables a user or team owns, SetState only on tables with a state. Dataverse finds no message filter for
/// the others and refuses the step; <see cref="StepRules"/> holds the rules that need no metadata.
/// </summary>
internal static class TableStepRules
{
    public static IReadOnlyList<string> Check(StepRegistration step, MetadataCatalog metadata)
    {
        var refusals = new List<string>();
        if (step.Table.Length == 0)
        {
            return refusals;
        }
        var table = metadata.FindTable(step.Table);
        if (table == null)
        {
            refusals.Add($"The organization has no table '{step.Table}' to register a {step.Message} step on.");
            return refusals;
        }
        if (step.Message == "Assign" && table.Ownership != Ownership.UserOwned)
        {
            refusals.Add(StepRules.Refusal($"The Assign message is not available for '{step.Table}': the table is not owned by users or teams.",
                ErrorCodes.SdkCustomProcessingStepIsNotAllowed, nameof(ErrorCodes.SdkCustomProcessingStepIsNotAllowed)));
        }
        if (step.Message is "SetState" or "SetStateDynamicEntity" && !table.HasStates)
        {
            refusals.Add(StepRules.Refusal($"The {step.Message} message is not available for '{step.Table}': the table has no state.",
                ErrorCodes.SdkCustomProcessingStepIsNotAllowed, nameof(ErrorCodes.SdkCustomProcessingStepIsNotAllowed)));
        }
        return refusals;
    }
}
