namespace FunnelCrm.Emulator.Metadata;

/// <summary>What deleting the referenced (parent) row does to referencing (child) rows.</summary>
public enum CascadeType
{
    /// <summary>Nothing happens to the children.</summary>
    NoCascade,
    /// <summary>The children are deleted too.</summary>
    Cascade,
    /// <summary>The children's lookup is cleared.</summary>
    RemoveLink,
    /// <summary>The parent cannot be deleted while children exist.</summary>
    Restrict,
}
