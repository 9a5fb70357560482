using System;

namespace FunnelCrm.Emulator.WebApi.Protection;

/// <summary>What an injected fault does to a request.</summary>
[Flags]
public enum InjectedFault
{
    /// <summary>No fault.</summary>
    None = 0,
    /// <summary>503 Service Unavailable before the request runs.</summary>
    ServiceUnavailable = 1,
    /// <summary>The connection is dropped before the request runs.</summary>
    DropBeforeProcessing = 2,
    /// <summary>The request runs (and commits), then the connection is dropped instead of answering.</summary>
    DropAfterProcessing = 4,
    /// <summary>The answer comes after <see cref="FaultInjection.Delay"/>.</summary>
    SlowResponse = 8,
}

/// <summary>Faults the host injects into a share of requests, for tests of a client's resilience.</summary>
public sealed class FaultInjection
{
    /// <summary>The share of requests (0 to 1) that get a fault.</summary>
    public double Rate { get; init; }

    /// <summary>The faults to pick from (one, at random, per faulted request).</summary>
    public InjectedFault Kinds { get; init; } = InjectedFault.ServiceUnavailable | InjectedFault.DropBeforeProcessing | InjectedFault.DropAfterProcessing | InjectedFault.SlowResponse;

    /// <summary>How long a slow response waits.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The random seed (the same seed faults the same requests in the same order).</summary>
    public int Seed { get; init; } = 1;
}
