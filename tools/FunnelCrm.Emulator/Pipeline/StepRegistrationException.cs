using System;
using System.Collections.Generic;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>A step registration Dataverse would refuse; the message names the step and every broken rule.</summary>
public sealed class StepRegistrationException : Exception
{
    /// <summary>Refuses a registration.</summary>
    public StepRegistrationException(string stepName, IReadOnlyList<string> refusals)
        : base($"The registration of step '{stepName}' is refused: {string.Join(" ", refusals)}")
    {
        Refusals = refusals;
    }

    /// <summary>The broken rules.</summary>
    public IReadOnlyList<string> Refusals { get; }
}
