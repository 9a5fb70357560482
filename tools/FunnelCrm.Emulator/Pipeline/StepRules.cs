using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// Dataverse's registration rules for plugin steps, shared by the emulator and the solution packer: the one place
/// the table of messages that support entity images (and the request property each image is taken from) and the
/// table of messages only some tables support are written. Each refusal is one sentence naming the rule, followed by
/// the fault Dataverse refuses the registration with where Microsoft's error table names one (e.g. "(Dataverse:
/// SdkMessageDoesNotSupportImageRegistration, 0x80044189)"); an empty list means the registration is legal.
/// </summary>
public static class StepRules
{
    /// <summary>
    /// The messages that support entity images and the request property an image is taken from (its
    /// MessagePropertyName), first the one a registration gets by default. Microsoft's table "Messages that support
    /// entity images" (Register a plug-in, Define entity images): Assign Target; Create the created row; Delete Target;
    /// DeliverIncoming and DeliverPromote EmailId; Merge Target (the master) or SubordinateId; Route Target; Send
    /// EmailId, FaxId or TemplateId; SetState EntityMoniker; Update Target. SetStateDynamicEntity carries the row in
    /// EntityMoniker as SetState does. For Create the table names the Target, while the Plug-in Registration Tool and
    /// registration tools (spkl) register "Id", the id the Create returns: the row exists only after the operation, so
    /// the image is of the created id.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ImageProperties = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["Assign"] = new[] { "Target" },
        ["Create"] = new[] { "Id" },
        ["Delete"] = new[] { "Target" },
        ["DeliverIncoming"] = new[] { "EmailId" },
        ["DeliverPromote"] = new[] { "EmailId" },
        ["Merge"] = new[] { "Target", "SubordinateId" },
        ["Route"] = new[] { "Target" },
        ["Send"] = new[] { "EmailId", "FaxId", "TemplateId" },
        ["SetState"] = new[] { "EntityMoniker" },
        ["SetStateDynamicEntity"] = new[] { "EntityMoniker" },
        ["Update"] = new[] { "Target" },
    };

    /// <summary>
    /// Messages that only some tables support (their SDK message filters), by message. Merge: account, contact, lead
    /// and incident (MergeRequest); QualifyLead: lead; Win: opportunity and quote; Lose: opportunity; DeliverIncoming and
    /// DeliverPromote: email. A step on another table is refused, as Dataverse finds no message filter for it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyCollection<string>> MessageTables = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal)
    {
        ["Merge"] = new[] { "account", "contact", "lead", "incident" },
        ["QualifyLead"] = new[] { "lead" },
        ["Win"] = new[] { "opportunity", "quote" },
        ["Lose"] = new[] { "opportunity" },
        ["DeliverIncoming"] = new[] { "email" },
        ["DeliverPromote"] = new[] { "email" },
    };

    /// <summary>The messages whose steps may carry entity images.</summary>
    public static IReadOnlyCollection<string> MessagesWithImages => ImageProperties.Keys.ToList();

    /// <summary>The request property an image of a step on <paramref name="message"/> is taken from, or null when the message supports no images.</summary>
    public static string? ImagePropertyOf(string message) => ImageProperties.TryGetValue(message, out var properties) ? properties[0] : null;

    /// <summary>The refusals for a step declared in code with its images.</summary>
    public static IReadOnlyList<string> Check(PluginStepAttribute step, IEnumerable<StepImageAttribute> images) =>
        Check(step.Message, step.Table, step.Stage, step.Mode, step.FilteringAttributes,
            images.Select(i => new StepImageShape(i.ImageType, i.MessagePropertyName.Length == 0 ? null : i.MessagePropertyName)));

    /// <summary>The refusals for a registration.</summary>
    public static IReadOnlyList<string> Check(StepRegistration step) =>
        Check(step.Message, step.Table, step.Stage, step.Mode, step.FilteringAttributes, step.Images.Select(i => new StepImageShape(i.ImageType, i.MessagePropertyName)));

    /// <summary>The refusals for a step with the given shape (an image without a property gets the message's default).</summary>
    public static IReadOnlyList<string> Check(string message, string table, PipelineStage stage, StepMode mode, IReadOnlyCollection<string> filteringAttributes, IEnumerable<StepImageShape> imageShapes)
    {
        var refusals = new List<string>();
        var images = imageShapes.ToList();
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
        if (MessageTables.TryGetValue(message, out var tables) && !tables.Contains(table, StringComparer.OrdinalIgnoreCase))
        {
            refusals.Add(Refusal($"The {message} message is not available for the table '{(table.Length == 0 ? "(any table)" : table)}': only for {string.Join(", ", tables)}.",
                ErrorCodes.SdkCustomProcessingStepIsNotAllowed, nameof(ErrorCodes.SdkCustomProcessingStepIsNotAllowed)));
        }
        if (images.Count == 0)
        {
            return refusals;
        }
        if (!ImageProperties.TryGetValue(message, out var properties))
        {
            refusals.Add(Refusal($"The {message} message does not support entity images.",
                ErrorCodes.SdkMessageDoesNotSupportImageRegistration, nameof(ErrorCodes.SdkMessageDoesNotSupportImageRegistration)));
            return refusals;
        }
        foreach (var wrong in images.Select(i => i.MessagePropertyName).Where(p => p != null && !properties.Contains(p, StringComparer.Ordinal)).Distinct())
        {
            refusals.Add(Refusal($"An image of the {message} message is taken from {string.Join(" or ", properties)}, not from '{wrong}'.",
                ErrorCodes.SdkInvalidMessagePropertyName, nameof(ErrorCodes.SdkInvalidMessagePropertyName)));
        }
        var hasPre = images.Any(i => i.ImageType is StepImageType.PreImage or StepImageType.Both);
        var hasPost = images.Any(i => i.ImageType is StepImageType.PostImage or StepImageType.Both);
        if (hasPre && message == "Create")
        {
            refusals.Add(Refusal("A pre-image is not available on the Create message: the row does not exist before it.",
                ErrorCodes.SdkMessageInvalidImageTypeRegistration, nameof(ErrorCodes.SdkMessageInvalidImageTypeRegistration)));
        }
        if (hasPost && message == "Delete")
        {
            refusals.Add(Refusal("A post-image is not available on the Delete message: the row no longer exists after it.",
                ErrorCodes.SdkMessageInvalidImageTypeRegistration, nameof(ErrorCodes.SdkMessageInvalidImageTypeRegistration)));
        }
        if (hasPost && stage != PipelineStage.PostOperation)
        {
            refusals.Add(Refusal($"A post-image is available only in the post-operation stage (40), not in stage {(int)stage}.",
                ErrorCodes.SdkMessageDoesNotSupportPostImageRegistration, nameof(ErrorCodes.SdkMessageDoesNotSupportPostImageRegistration)));
        }
        return refusals;
    }

    /// <summary>A refusal sentence with the fault Dataverse answers the registration with (its name and code).</summary>
    internal static string Refusal(string sentence, int errorCode, string errorName) =>
        $"{sentence} (Dataverse: {errorName}, 0x{errorCode:X8})";
}

/// <summary>What the rules read of an image: pre, post or both, and the request property it is taken from (null: the message's default).</summary>
public sealed record StepImageShape(StepImageType ImageType, string? MessagePropertyName);
