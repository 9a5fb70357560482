using System;

namespace FunnelCrm.Crm.Registration;

/// <summary>Declares an entity image for one of the class's steps, next to the step it belongs to.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class StepImageAttribute : Attribute
{
    /// <summary>Declares an image.</summary>
    /// <param name="stepId">The <see cref="PluginStepAttribute.Id"/> of the step the image belongs to.</param>
    /// <param name="alias">The image's entity alias, the key in PreEntityImages / PostEntityImages.</param>
    /// <param name="imageType">Pre, post or both.</param>
    public StepImageAttribute(string stepId, string alias, StepImageType imageType)
    {
        StepId = stepId;
        Alias = alias;
        ImageType = imageType;
    }

    /// <summary>The step the image belongs to.</summary>
    public string StepId { get; }

    /// <summary>The image alias.</summary>
    public string Alias { get; }

    /// <summary>Pre, post or both.</summary>
    public StepImageType ImageType { get; }

    /// <summary>The columns the image carries; empty means all columns.</summary>
    public string[] Attributes { get; set; } = new string[0];

    /// <summary>
    /// The request property the image is taken from (its MessagePropertyName); empty: the message's own, e.g. Target
    /// for Update, EntityMoniker for SetState. Set it only to choose another the message offers, such as SubordinateId
    /// for the subordinate row of a Merge.
    /// </summary>
    public string MessagePropertyName { get; set; } = "";

    /// <summary>A stable image id (a GUID string).</summary>
    public string Id { get; set; } = "";
}
