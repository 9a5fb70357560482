namespace FunnelCrm.Crm.Registration;

/// <summary>Which plug-in steps other publishers may register on a custom API's message (Dataverse's codes).</summary>
public enum CustomProcessingStepType
{
    /// <summary>No steps: only the main operation runs.</summary>
    None = 0,

    /// <summary>Asynchronous steps only.</summary>
    AsyncOnly = 1,

    /// <summary>Synchronous and asynchronous steps.</summary>
    SyncAndAsync = 2,
}
