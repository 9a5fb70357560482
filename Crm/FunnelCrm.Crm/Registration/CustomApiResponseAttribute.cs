using System;

namespace FunnelCrm.Crm.Registration;

/// <summary>Declares one response property of the class's custom API (see <see cref="CustomApiAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiResponseAttribute : Attribute
{
    /// <summary>Declares a response property.</summary>
    /// <param name="uniqueName">The property's name in responses (<c>Message</c>); never change it once shipped.</param>
    /// <param name="type">Its type; never change it once shipped.</param>
    public CustomApiResponseAttribute(string uniqueName, CustomApiFieldType type)
    {
        UniqueName = uniqueName;
        Type = type;
    }

    /// <summary>The property name.</summary>
    public string UniqueName { get; }

    /// <summary>The type.</summary>
    public CustomApiFieldType Type { get; }

    /// <summary>For Entity and EntityReference: the table's logical name.</summary>
    public string Table { get; set; } = "";

    /// <summary>The name shown to makers (English).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The name shown to makers (German, 1031).</summary>
    public string GermanDisplayName { get; set; } = "";

    /// <summary>What it means (English).</summary>
    public string Description { get; set; } = "";

    /// <summary>What it means (German, 1031).</summary>
    public string GermanDescription { get; set; } = "";
}
