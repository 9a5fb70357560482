using System;
using System.Collections.Generic;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// The message a plug-in sees for a request: the SDK message's name, which differs from the request's RequestName for a
/// few requests (WinOpportunityRequest runs the Win message, LoseOpportunityRequest the Lose message).
/// </summary>
internal static class SdkMessageNames
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["WinOpportunity"] = "Win",
        ["LoseOpportunity"] = "Lose",
    };

    public static string Of(string requestName) => Renamed.TryGetValue(requestName, out var message) ? message : requestName;
}
