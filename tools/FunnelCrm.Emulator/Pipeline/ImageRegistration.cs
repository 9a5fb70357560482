using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>An entity image registered on a step: alias, pre/post/both, the request property it is taken from and the columns it carries (none: all).</summary>
public sealed class ImageRegistration
{
    /// <summary>Declares an image.</summary>
    public ImageRegistration(string alias, StepImageType imageType, params string[] attributes)
    {
        Alias = alias;
        ImageType = imageType;
        Attributes = attributes.Select(a => a.ToLowerInvariant()).ToArray();
    }

    /// <summary>The key in PreEntityImages / PostEntityImages.</summary>
    public string Alias { get; }

    /// <summary>Pre, post or both.</summary>
    public StepImageType ImageType { get; }

    /// <summary>The request property the image is taken from; null: the message's own (<see cref="StepRules.ImageProperties"/>).</summary>
    public string? MessagePropertyName { get; init; }

    /// <summary>The columns the image is trimmed to; empty means all.</summary>
    public IReadOnlyList<string> Attributes { get; }

    internal bool IsPre => ImageType is StepImageType.PreImage or StepImageType.Both;

    internal bool IsPost => ImageType is StepImageType.PostImage or StepImageType.Both;
}
