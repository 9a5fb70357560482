namespace FunnelCrm.Crm.Registration;

/// <summary>The event pipeline stage a step runs in, with Dataverse's stage numbers.</summary>
public enum PipelineStage
{
    /// <summary>Before the main operation, outside the database transaction at the top level.</summary>
    PreValidation = 10,

    /// <summary>Before the main operation, inside the transaction; changes to the Target are saved.</summary>
    PreOperation = 20,

    /// <summary>After the main operation, inside the transaction (sync) or queued (async).</summary>
    PostOperation = 40,
}
