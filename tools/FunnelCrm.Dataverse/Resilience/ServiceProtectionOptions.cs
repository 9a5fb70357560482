using System;

namespace FunnelCrm.Dataverse.Resilience;

/// <summary>How the client keeps within Dataverse's service protection limits.</summary>
public sealed class ServiceProtectionOptions
{
    /// <summary>Requests in flight at once (default 16; the platform refuses a user's 53rd concurrent request).</summary>
    public int MaxConcurrency { get; init; } = 16;

    /// <summary>Retries of one request after 429, 503 or a transient network failure.</summary>
    public int MaxRetries { get; init; } = 10;

    /// <summary>The first backoff delay (doubled per retry, with jitter) when the answer names no Retry-After.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take (Dataverse.Client's default timeout is 4 minutes).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(4);

    /// <summary>Checks the values.</summary>
    public void Validate()
    {
        if (MaxConcurrency is < 1 or > 52)
        {
            throw new DataverseInputException($"The concurrency must be between 1 and 52 (the platform's limit per user); {MaxConcurrency} was given.");
        }
        if (MaxRetries < 0)
        {
            throw new DataverseInputException("The number of retries cannot be negative.");
        }
    }
}
