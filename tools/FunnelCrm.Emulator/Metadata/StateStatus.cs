namespace FunnelCrm.Emulator.Metadata;

/// <summary>One status reason (statuscode) and the state (statecode) it belongs to.</summary>
public sealed class StateStatus
{
    /// <summary>Pairs a status with its state.</summary>
    public StateStatus(int state, int status, bool isDefaultForState)
    {
        State = state;
        Status = status;
        IsDefaultForState = isDefaultForState;
    }

    /// <summary>The statecode value.</summary>
    public int State { get; }

    /// <summary>The statuscode value.</summary>
    public int Status { get; }

    /// <summary>Whether this status is the one a state change without a status picks.</summary>
    public bool IsDefaultForState { get; }
}
