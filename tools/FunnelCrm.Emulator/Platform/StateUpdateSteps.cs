namespace FunnelCrm.Emulator;

/// <summary>
/// Variant S: how often Update steps run for one Update that carries statecode (or statuscode) with other columns.
/// Microsoft documents "once for all non-state/status fields, and then once for the state/status fields" for the
/// PreOperation and PostOperation stages; a platform that runs the request as one operation is the other value.
/// </summary>
public enum StateUpdateSteps
{
    /// <summary>
    /// As documented: pre-validation once with the whole Target, then pre-operation, the write and post-operation once
    /// with the other columns and once more with statecode and statuscode, in one transaction.
    /// </summary>
    Twice,

    /// <summary>The request runs as one operation: every stage once, with the whole Target.</summary>
    Once,
}
