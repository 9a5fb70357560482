using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.RateLimiting;

namespace FunnelCrm.Emulator.WebApi.Protection;

/// <summary>
/// Enforces the limits per user, as Dataverse does: requests in a sliding window and concurrent requests with
/// System.Threading.RateLimiting's limiters, and the combined execution time of the user's requests that ended within
/// the window. A refusal carries the platform's code, message and the Retry-After to wait.
/// </summary>
public sealed class ServiceProtection : IDisposable
{
    private readonly ServiceProtectionLimits limits;
    private readonly TimeProvider time;
    private readonly PartitionedRateLimiter<Guid> requests;
    private readonly PartitionedRateLimiter<Guid> concurrency;
    private readonly ConcurrentDictionary<Guid, Queue<(long EndedAt, TimeSpan Took)>> executions = new();

    /// <summary>Protection with the given limits.</summary>
    public ServiceProtection(ServiceProtectionLimits limits, TimeProvider time)
    {
        this.limits = limits;
        this.time = time;
        requests = PartitionedRateLimiter.Create<Guid, Guid>(user => RateLimitPartition.GetSlidingWindowLimiter(user, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limits.Requests, Window = limits.Window, SegmentsPerWindow = 10, QueueLimit = 0, AutoReplenishment = true,
        }));
        concurrency = PartitionedRateLimiter.Create<Guid, Guid>(user => RateLimitPartition.GetConcurrencyLimiter(user, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.ConcurrentRequests, QueueLimit = 0,
        }));
    }

    /// <summary>Admits a request of the user, or says which limit refuses it. Dispose the admission when the request ends.</summary>
    public Admission Admit(Guid user)
    {
        var slot = concurrency.AttemptAcquire(user);
        if (!slot.IsAcquired)
        {
            slot.Dispose();
            return Admission.Refused(new Refusal(unchecked((int)0x80072326),
                $"Number of concurrent requests exceeded the limit of {limits.ConcurrentRequests.ToString(CultureInfo.InvariantCulture)}.", limits.ConcurrencyRetryAfter));
        }
        var busy = ExecutionTimeRefusal(user);
        if (busy != null)
        {
            slot.Dispose();
            return Admission.Refused(busy);
        }
        var permit = requests.AttemptAcquire(user);
        if (!permit.IsAcquired)
        {
            var wait = permit.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limits.Window;
            permit.Dispose();
            slot.Dispose();
            return Admission.Refused(new Refusal(unchecked((int)0x80072322),
                $"Number of requests exceeded the limit of {limits.Requests.ToString(CultureInfo.InvariantCulture)} over time window of {Seconds(limits.Window)} seconds.", wait));
        }
        permit.Dispose();
        var started = time.GetTimestamp();
        return Admission.Admitted(() =>
        {
            slot.Dispose();
            var queue = executions.GetOrAdd(user, _ => new Queue<(long, TimeSpan)>());
            lock (queue)
            {
                queue.Enqueue((time.GetTimestamp(), time.GetElapsedTime(started)));
            }
        });
    }

    private Refusal? ExecutionTimeRefusal(Guid user)
    {
        if (!executions.TryGetValue(user, out var queue))
        {
            return null;
        }
        lock (queue)
        {
            var now = time.GetTimestamp();
            while (queue.Count > 0 && time.GetElapsedTime(queue.Peek().EndedAt, now) > limits.Window)
            {
                queue.Dequeue();
            }
            if (queue.Sum(e => e.Took.Ticks) <= limits.ExecutionTime.Ticks)
            {
                return null;
            }
            var wait = limits.Window - time.GetElapsedTime(queue.Peek().EndedAt, now);
            return new Refusal(unchecked((int)0x80072321),
                $"Combined execution time of incoming requests exceeded limit of {((long)limits.ExecutionTime.TotalMilliseconds).ToString("N0", CultureInfo.InvariantCulture)}  milliseconds over time window of {Seconds(limits.Window)} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.",
                wait);
        }
    }

    private static string Seconds(TimeSpan window) => ((long)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>Releases the limiters.</summary>
    public void Dispose()
    {
        requests.Dispose();
        concurrency.Dispose();
    }
}

/// <summary>A refused request: the error code, the message and how long to wait.</summary>
public sealed record Refusal(int Code, string Message, TimeSpan RetryAfter);

/// <summary>The outcome of admitting a request: refused, or admitted until disposed.</summary>
public sealed class Admission : IDisposable
{
    private readonly Action? release;

    private Admission(Refusal? refusal, Action? release)
    {
        Refusal = refusal;
        this.release = release;
    }

    /// <summary>Why the request is refused, or null.</summary>
    public Refusal? Refusal { get; }

    /// <summary>An admitted request.</summary>
    public static Admission Admitted(Action release) => new(null, release);

    /// <summary>A refused request.</summary>
    public static Admission Refused(Refusal refusal) => new(refusal, null);

    /// <summary>Ends the request (its execution time counts from now on).</summary>
    public void Dispose() => release?.Invoke();
}
