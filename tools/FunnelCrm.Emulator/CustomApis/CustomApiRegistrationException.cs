using System;
using System.Collections.Generic;

namespace FunnelCrm.Emulator.CustomApis;

/// <summary>A custom API registration Dataverse would refuse; the message names the API and every reason.</summary>
public sealed class CustomApiRegistrationException : Exception
{
    /// <summary>The refusal of <paramref name="api"/>.</summary>
    public CustomApiRegistrationException(string api, IReadOnlyList<string> refusals)
        : base("The custom API " + api + " cannot be registered: " + string.Join(" ", refusals))
    {
        Api = api;
        Refusals = refusals;
    }

    /// <summary>The API's unique name.</summary>
    public string Api { get; }

    /// <summary>Each reason, one sentence each.</summary>
    public IReadOnlyList<string> Refusals { get; }
}
