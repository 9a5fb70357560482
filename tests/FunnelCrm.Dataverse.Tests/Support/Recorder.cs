using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FunnelCrm.Dataverse.Tests.Support;

/// <summary>The wire end of a client: records each request as sent (request line, headers, body) and its answer's status, then sends it over real HTTP.</summary>
internal sealed class Recorder : DelegatingHandler
{
    private int inFlight;

    public Recorder()
        : base(new SocketsHttpHandler())
    {
    }

    public ConcurrentQueue<Sent> Requests { get; } = new();

    public int MaxInFlight { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref inFlight);
        lock (Requests)
        {
            MaxInFlight = System.Math.Max(MaxInFlight, now);
        }
        try
        {
            var body = request.Content == null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), System.StringComparer.OrdinalIgnoreCase);
            var response = await base.SendAsync(request, cancellationToken);
            Requests.Enqueue(new Sent(request.Method.Method + " " + request.RequestUri!.PathAndQuery, headers, body, (int)response.StatusCode, response.Headers.RetryAfter?.Delta));
            return response;
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public sealed record Sent(string Line, IReadOnlyDictionary<string, string> Headers, string Body, int Status, System.TimeSpan? RetryAfter);
}
