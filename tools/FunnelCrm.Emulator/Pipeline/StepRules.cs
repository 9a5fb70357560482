using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// Dataverse's registration rules for plugin steps, shared by the emulator and the solution packer. Each refusal
/// is one sentence naming the rule. An empty list means the registration is legal.
/// </summary>
public static class StepRules
{
    /// <summary>The messages whose steps may carry entity images.</summary>
    public static readonly IReadOnlyCollection<string> MessagesWithImages = new HashSet<string>(StringComparer.Ordinal)
    {
        "Assign", "Create", "Delete", "DeliverIncoming", "DeliverPromote", "Merge", "Route", "Send", "SetState", "SetStateDynamicEntity", "Update",
    };

    /// <summary>The refusals for a step declared in code with its images.</summary>
    public static IReadOnlyList<string> Check(PluginStepAttribute step, IEnumerable<StepImageAttribute> images) =>
        Check(step.Message, step.Stage, step.Mode, step.FilteringAttributes, images.Select(i => i.ImageType));

    /// <summary>The refusals for a registration.</summary>
    public static IReadOnlyList<string> Check(StepRegistration step) =>
        Check(step.Message, step.Stage, step.Mode, step.FilteringAttributes, step.Images.Select(i => i.ImageType));

    /// <summary>The refusals for a step with the given shape.</summary>
    public static IReadOnlyList<string> Check(string message, PipelineStage stage, StepMode mode, IReadOnlyCollection<string> filteringAttributes, IEnumerable<StepImageType> imageTypes)
    {
        var refusals = new List<string>();
        var images = imageTypes.ToList();
        if (!Enum.IsDefined(typeof(PipelineStage), stage))
        {
            refusals.Add($"Stage {(int)stage} is not a pipeline stage: use pre-validation (10), pre-operation (20) or post-operation (40).");
        }
        if (mode == StepMode.Asynchronous && stage != PipelineStage.PostOperation)
        {
            refusals.Add($"An asynchronous step must be registered in the post-operation stage (40), not in stage {(int)stage}.");
        }
        if (filteringAttributes.Count > 0 && message != "Update")
        {
            refusals.Add($"Filtering attributes apply only to the Update message, not to {message}.");
        }
        if (images.Count > 0 && !MessagesWithImages.Contains(message))
        {
            refusals.Add($"The {message} message does not support entity images.");
            return refusals;
        }
        var hasPre = images.Any(i => i is StepImageType.PreImage or StepImageType.Both);
        var hasPost = images.Any(i => i is StepImageType.PostImage or StepImageType.Both);
        if (hasPre && message == "Create")
        {
            refusals.Add("A pre-image is not available on the Create message: the row does not exist before it.");
        }
        if (hasPost && message == "Delete")
        {
            refusals.Add("A post-image is not available on the Delete message: the row no longer exists after it.");
        }
        if (hasPost && stage != PipelineStage.PostOperation)
        {
            refusals.Add($"A post-image is available only in the post-operation stage (40), not in stage {(int)stage}.");
        }
        return refusals;
    }
}
