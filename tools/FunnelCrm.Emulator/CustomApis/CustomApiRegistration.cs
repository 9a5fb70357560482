using System;
using System.Collections.Generic;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Emulator.CustomApis;

/// <summary>
/// One custom API (a customapi row with its request parameters and response properties): the message it creates, its
/// binding, whether it is a function, the privilege callers need, and the plugin type of its main operation. Made from
/// the code declarations (<see cref="CustomApiDeclarations"/>) or, for test plugins, directly.
/// </summary>
public sealed class CustomApiRegistration
{
    /// <summary>Describes a custom API whose main operation <paramref name="pluginType"/> (an IPlugin) implements.</summary>
    public CustomApiRegistration(string uniqueName, Type pluginType)
    {
        UniqueName = uniqueName;
        PluginType = pluginType;
    }

    /// <summary>The message name.</summary>
    public string UniqueName { get; }

    /// <summary>The plugin class of the main operation.</summary>
    public Type PluginType { get; }

    /// <summary>Global, one record (Target) or an entity set.</summary>
    public CustomApiBinding Binding { get; init; } = CustomApiBinding.Global;

    /// <summary>The bound table ("" when global).</summary>
    public string BoundTable { get; init; } = "";

    /// <summary>A function (Web API GET) instead of an action.</summary>
    public bool IsFunction { get; init; }

    /// <summary>The privilege callers must hold ("" for none).</summary>
    public string ExecutePrivilegeName { get; init; } = "";

    /// <summary>Which steps others may register on the message.</summary>
    public CustomProcessingStepType AllowedCustomProcessingStepType { get; init; } = CustomProcessingStepType.None;

    /// <summary>The request parameters (a bound API's Target is implicit, not listed).</summary>
    public IReadOnlyList<CustomApiField> RequestParameters { get; init; } = Array.Empty<CustomApiField>();

    /// <summary>The response properties.</summary>
    public IReadOnlyList<CustomApiField> ResponseProperties { get; init; } = Array.Empty<CustomApiField>();
}
