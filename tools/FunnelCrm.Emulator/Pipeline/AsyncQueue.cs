using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>The asynchronous service's queue: jobs queued when their operation commits, run when a test drains it.</summary>
internal sealed class AsyncQueue
{
    private readonly object sync = new();
    private readonly Queue<(RegisteredStep Step, PluginExecutionContext Context, SystemJob Job)> waiting = new();
    private readonly List<SystemJob> jobs = new();
    private readonly Organization organization;

    public AsyncQueue(Organization organization)
    {
        this.organization = organization;
    }

    public IReadOnlyList<SystemJob> Jobs
    {
        get
        {
            lock (sync)
            {
                return jobs.ToList();
            }
        }
    }

    public int WaitingCount
    {
        get
        {
            lock (sync)
            {
                return waiting.Count;
            }
        }
    }

    public void Enqueue(RegisteredStep step, PluginExecutionContext context)
    {
        var job = new SystemJob(step.Registration, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, organization.Clock.UtcNow);
        lock (sync)
        {
            waiting.Enqueue((step, context, job));
            jobs.Add(job);
        }
    }

    /// <summary>Runs queued jobs (and the jobs they queue) until none is left; returns how many ran.</summary>
    public int Drain()
    {
        var ran = 0;
        while (true)
        {
            (RegisteredStep Step, PluginExecutionContext Context, SystemJob Job) next;
            lock (sync)
            {
                if (waiting.Count == 0)
                {
                    return ran;
                }
                next = waiting.Dequeue();
            }
            Run(next.Step, next.Context, next.Job);
            ran++;
        }
    }

    private void Run(RegisteredStep step, PluginExecutionContext context, SystemJob job)
    {
        try
        {
            organization.Pipeline.RunStep(step, context, null);
            job.Status = SystemJobStatus.Succeeded;
        }
        catch (OrganizationServiceFaultException fault)
        {
            job.Status = SystemJobStatus.Failed;
            job.Error = fault.Detail.Message;
            job.ErrorCode = fault.Detail.ErrorCode;
        }
        job.CompletedOn = organization.Clock.UtcNow;
        job.Trace = organization.LatestExecutionOf(step.Registration.Id)?.Trace ?? "";
        if (job.Status == SystemJobStatus.Succeeded && step.Registration.DeleteAsyncOperationOnSuccess)
        {
            lock (sync)
            {
                jobs.Remove(job);
            }
        }
    }
}
