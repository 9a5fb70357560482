using System.Collections.Generic;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Packaging.Assemblies;

/// <summary>A [StepImage] declaration as the built assembly carries it.</summary>
public sealed class DeclaredImage
{
    /// <summary>An image declaration.</summary>
    public DeclaredImage(string stepId, string alias, StepImageType imageType)
    {
        StepId = stepId;
        Alias = alias;
        ImageType = imageType;
    }

    /// <summary>The step the image belongs to.</summary>
    public string StepId { get; }

    /// <summary>The entity alias.</summary>
    public string Alias { get; }

    /// <summary>Pre, post or both.</summary>
    public StepImageType ImageType { get; }

    /// <summary>The columns (empty: all).</summary>
    public IReadOnlyList<string> Attributes { get; set; } = new string[0];

    /// <summary>The declared request property the image is taken from ("": the message's own).</summary>
    public string MessagePropertyName { get; set; } = "";

    /// <summary>The declared image id ("" when the declaration gives none).</summary>
    public string Id { get; set; } = "";
}
