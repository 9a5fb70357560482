namespace FunnelCrm.Crm.Registration;

/// <summary>Whether a step runs in the caller's pipeline or later as a system job (Dataverse's mode numbers).</summary>
public enum StepMode
{
    /// <summary>Runs inside the caller's operation; an exception rolls the operation back.</summary>
    Synchronous = 0,

    /// <summary>Runs after the operation commits, as a system job; only allowed in post-operation.</summary>
    Asynchronous = 1,
}
