using System;

namespace FunnelCrm.Crm.Registration;

/// <summary>Declares one request parameter of the class's custom API (see <see cref="CustomApiAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiParameterAttribute : Attribute
{
    /// <summary>Declares a request parameter.</summary>
    /// <param name="uniqueName">The parameter's name in requests (<c>Reason</c>); never change it once shipped.</param>
    /// <param name="type">Its type; never change it once shipped.</param>
    public CustomApiParameterAttribute(string uniqueName, CustomApiFieldType type)
    {
        UniqueName = uniqueName;
        Type = type;
    }

    /// <summary>The parameter name.</summary>
    public string UniqueName { get; }

    /// <summary>The type.</summary>
    public CustomApiFieldType Type { get; }

    /// <summary>Whether callers may leave it out (default: required).</summary>
    public bool IsOptional { get; set; }

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
