using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace FunnelCrm.Dataverse.Resilience;

/// <summary>What the client sent: HTTP requests (every attempt), retries, and the waits the service asked for with Retry-After.</summary>
public sealed class RequestStatistics
{
    private long requests;
    private long retries;
    private readonly ConcurrentQueue<TimeSpan> retryAfter = new();
    private readonly ConcurrentQueue<(int Status, TimeSpan Delay)> delays = new();

    /// <summary>HTTP requests sent (each attempt counts).</summary>
    public long Requests => Interlocked.Read(ref requests);

    /// <summary>Attempts repeated after a 429, 503 or network failure.</summary>
    public long Retries => Interlocked.Read(ref retries);

    /// <summary>The Retry-After values of the 429 answers, in arrival order.</summary>
    public IReadOnlyCollection<TimeSpan> RetryAfterWaits => retryAfter.ToArray();

    internal void CountRequest() => Interlocked.Increment(ref requests);

    /// <summary>Each retry's cause (the HTTP status, 0 for a failure without an answer) and the delay waited before it, in order.</summary>
    public IReadOnlyCollection<(int Status, TimeSpan Delay)> RetryDelays => delays.ToArray();

    internal void CountRetry(int status, TimeSpan delay)
    {
        Interlocked.Increment(ref retries);
        delays.Enqueue((status, delay));
    }

    internal void CountThrottle(TimeSpan wait) => retryAfter.Enqueue(wait);
}
