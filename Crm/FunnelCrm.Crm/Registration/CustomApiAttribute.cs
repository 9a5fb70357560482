using System;

namespace FunnelCrm.Crm.Registration;

/// <summary>
/// Declares the custom API whose main operation the plugin class implements. This is the only place the API is declared:
/// the solution's <c>customapis/</c> files (<c>funnelcrm pack</c>) and the emulator's message follow it, with the
/// <see cref="CustomApiParameterAttribute"/> and <see cref="CustomApiResponseAttribute"/> declarations on the same class.
/// A bound API receives its record as the request parameter <c>Target</c>, which Dataverse creates itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CustomApiAttribute : Attribute
{
    /// <summary>The pipeline stage of a custom API's main operation (the plugin runs there, with no step of its own).</summary>
    public const int MainOperationStage = 30;

    /// <summary>Declares a custom API.</summary>
    /// <param name="uniqueName">The message name, with the publisher prefix (<c>fcm_AcceptLead</c>); never change it once shipped.</param>
    public CustomApiAttribute(string uniqueName)
    {
        UniqueName = uniqueName;
    }

    /// <summary>The message name.</summary>
    public string UniqueName { get; }

    /// <summary>The name shown to makers (English).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The name shown to makers (German, 1031).</summary>
    public string GermanDisplayName { get; set; } = "";

    /// <summary>What the API does (English).</summary>
    public string Description { get; set; } = "";

    /// <summary>What the API does (German, 1031).</summary>
    public string GermanDescription { get; set; } = "";

    /// <summary>Global, one record (Target) or a table's entity set.</summary>
    public CustomApiBinding Binding { get; set; } = CustomApiBinding.Global;

    /// <summary>The bound table's logical name ("" when global).</summary>
    public string BoundTable { get; set; } = "";

    /// <summary>A function (GET, no data changes) instead of an action (POST).</summary>
    public bool IsFunction { get; set; }

    /// <summary>Kept out of the Web API's $metadata.</summary>
    public bool IsPrivate { get; set; }

    /// <summary>The privilege a caller must hold (an existing privilege name such as prvWriteLead); "" for none.</summary>
    public string ExecutePrivilegeName { get; set; } = "";

    /// <summary>Which steps others may register on the message.</summary>
    public CustomProcessingStepType AllowedCustomProcessingStepType { get; set; } = CustomProcessingStepType.None;
}
