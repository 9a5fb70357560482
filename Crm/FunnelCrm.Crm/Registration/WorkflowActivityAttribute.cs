using System;

namespace FunnelCrm.Crm.Registration;

/// <summary>Declares a custom workflow activity on its CodeActivity class, as the solution registers it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class WorkflowActivityAttribute : Attribute
{
    /// <summary>Declares a workflow activity.</summary>
    /// <param name="id">A stable plugin type id (a GUID string).</param>
    /// <param name="name">The name shown in the process designer.</param>
    public WorkflowActivityAttribute(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The stable plugin type id.</summary>
    public string Id { get; }

    /// <summary>The name shown in the process designer.</summary>
    public string Name { get; }

    /// <summary>The group the activity appears under in the process designer.</summary>
    public string Group { get; set; } = WorkflowActivityGroup.Name;

    /// <summary>A short description.</summary>
    public string Description { get; set; } = "";
}
