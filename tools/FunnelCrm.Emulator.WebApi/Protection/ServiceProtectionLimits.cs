using System;

namespace FunnelCrm.Emulator.WebApi.Protection;

/// <summary>
/// Dataverse's service protection limits per user (defaults as documented: 6,000 requests and 20 minutes of combined
/// execution time in a 5-minute sliding window, 52 concurrent requests). Tests set small values to meet them quickly.
/// </summary>
public sealed class ServiceProtectionLimits
{
    /// <summary>Requests a user may send within <see cref="Window"/>.</summary>
    public int Requests { get; init; } = 6000;

    /// <summary>Combined execution time a user's requests may take within <see cref="Window"/>.</summary>
    public TimeSpan ExecutionTime { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Requests a user may have in flight at once.</summary>
    public int ConcurrentRequests { get; init; } = 52;

    /// <summary>The sliding window of the request and execution-time limits.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The Retry-After a refused concurrent request gets.</summary>
    public TimeSpan ConcurrencyRetryAfter { get; init; } = TimeSpan.FromSeconds(1);
}
