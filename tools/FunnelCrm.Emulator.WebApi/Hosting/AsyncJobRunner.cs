using System;
using System.Threading;
using System.Threading.Tasks;

namespace FunnelCrm.Emulator.WebApi.Hosting;

/// <summary>The asynchronous service: runs the organization's queued asynchronous steps in the background, shortly after they are queued.</summary>
public sealed class AsyncJobRunner : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private AsyncJobRunner(Organization organization)
    {
        loop = Task.Run(() => RunAsync(organization));
    }

    /// <summary>Starts running the organization's jobs.</summary>
    public static AsyncJobRunner Start(Organization organization) => new(organization);

    private async Task RunAsync(Organization organization)
    {
        while (!stop.IsCancellationRequested)
        {
            if (organization.WaitingAsyncJobs > 0)
            {
                organization.DrainAsyncJobs();
                continue;
            }
            try
            {
                await Task.Delay(Poll, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Stops after the job running now.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }
}
