using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FunnelCrm.Dataverse.Resilience;

/// <summary>
/// The one place service protection lives, as Dataverse asks clients to behave: at most
/// <see cref="ServiceProtectionOptions.MaxConcurrency"/> requests in flight (Polly's concurrency limiter); a 429 waits
/// exactly its Retry-After, and every request of the same user waits with it; 503, 502, 504, timeouts and dropped
/// connections are retried with exponential backoff and jitter. A dropped connection is retried only for a request
/// marked <see cref="Idempotent"/> (reads, upserts by key, deletes): the server may have done a create already.
/// </summary>
public static class ServiceProtection
{
    /// <summary>The request option that marks a request safe to send again after a dropped connection.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("FunnelCrm.Idempotent");

    /// <summary>
    /// The handler chain: the resilience pipeline (concurrency, retries, attempt timeout), then the gate that holds every
    /// attempt while the user is throttled and counts requests, then <paramref name="transport"/>.
    /// </summary>
    public static DelegatingHandler Handler(ServiceProtectionOptions options, RequestStatistics statistics, TimeProvider time, HttpMessageHandler transport)
    {
        options.Validate();
        var gate = new ThrottleGate(statistics, time) { InnerHandler = transport };
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddConcurrencyLimiter(options.MaxConcurrency, int.MaxValue)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context)),
                DelayGenerator = arguments => ValueTask.FromResult(RetryAfter(arguments.Outcome.Result)),
                OnRetry = arguments =>
                {
                    statistics.CountRetry((int?)arguments.Outcome.Result?.StatusCode ?? 0, arguments.RetryDelay);
                    arguments.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
        return new ResilienceHandler(pipeline) { InnerHandler = gate };
    }

    /// <summary>The Retry-After an answer asks for (seconds or a date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        if (response?.Headers.RetryAfter is not { } header)
        {
            return null;
        }
        return header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;
        }
        return outcome.Exception is HttpRequestException or TimeoutRejectedException
            && context.GetRequestMessage() is { } request && request.Options.TryGetValue(Idempotent, out var safe) && safe;
    }

    /// <summary>Holds each attempt while a 429's Retry-After runs (for the whole user, not just the throttled request) and counts attempts.</summary>
    private sealed class ThrottleGate : DelegatingHandler
    {
        private readonly RequestStatistics statistics;
        private readonly TimeProvider time;
        private long pausedUntilTicks;

        public ThrottleGate(RequestStatistics statistics, TimeProvider time)
        {
            this.statistics = statistics;
            this.time = time;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var wait = new DateTimeOffset(Interlocked.Read(ref pausedUntilTicks), TimeSpan.Zero) - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
            statistics.CountRequest();
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(response) is { } retryAfter)
            {
                statistics.CountThrottle(retryAfter);
                var until = (time.GetUtcNow() + retryAfter).UtcTicks;
                long seen;
                do
                {
                    seen = Interlocked.Read(ref pausedUntilTicks);
                }
                while (until > seen && Interlocked.CompareExchange(ref pausedUntilTicks, until, seen) != seen);
            }
            return response;
        }
    }
}
