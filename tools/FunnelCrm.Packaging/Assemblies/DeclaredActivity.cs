namespace FunnelCrm.Packaging.Assemblies;

/// <summary>A [WorkflowActivity] declaration as the built assembly carries it.</summary>
public sealed class DeclaredActivity
{
    /// <summary>An activity declaration.</summary>
    public DeclaredActivity(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The stable plugin type id.</summary>
    public string Id { get; }

    /// <summary>The name shown in the process designer.</summary>
    public string Name { get; }

    /// <summary>The group shown in the process designer.</summary>
    public string Group { get; set; } = "";

    /// <summary>The description.</summary>
    public string Description { get; set; } = "";
}
