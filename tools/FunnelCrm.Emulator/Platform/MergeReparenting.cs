namespace FunnelCrm.Emulator;

/// <summary>
/// Variant M: how Merge moves the subordinate's child rows (activities and other rows whose lookup names it) to the
/// master. Microsoft documents that they are re-parented, not whether that runs the children's Update pipeline.
/// </summary>
public enum MergeReparenting
{
    /// <summary>The lookups are rewritten directly: no Update step of a child table runs.</summary>
    Direct,

    /// <summary>Each child is re-parented by an Update request (run as SYSTEM, a child of the Merge): its Update steps run.</summary>
    ThroughUpdate,
}
