using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>What the organization writes to <c>plugintracelogs</c>, as its Plug-in trace log setting says.</summary>
public enum PluginTraceLogSetting
{
    /// <summary>Nothing (Dataverse's default).</summary>
    Off,
    /// <summary>Executions that failed.</summary>
    Exception,
    /// <summary>Every execution.</summary>
    All,
}

/// <summary>
/// Keeps <c>asyncoperations</c> and <c>plugintracelogs</c> in step with the emulator's system jobs and plug-in
/// executions, brought up to date before each read of those tables: a job is a row (operation type 1, System Event)
/// waiting (0/0), succeeded (3/30) or failed (3/31) with its message; a succeeded job whose step deletes it is gone;
/// an execution is a trace log row when the setting asks for it (with the exception's message when it failed). A job
/// names its step (owningextensionid) when the step has a row (a step a test registers straight into the pipeline has none).
/// </summary>
public sealed class DiagnosticRows
{
    private const int SystemEvent = 1;

    private readonly object sync = new();
    private readonly Organization organization;
    private readonly PluginTraceLogSetting setting;
    private readonly ConditionalWeakTable<SystemJob, JobRow> jobs = new();
    private readonly List<(SystemJob Job, JobRow Row)> mirrored = new();
    private readonly ConditionalWeakTable<PluginExecution, object> traced = new();

    /// <summary>Rows of the organization's diagnostics under the trace log setting.</summary>
    public DiagnosticRows(Organization organization, PluginTraceLogSetting setting)
    {
        this.organization = organization;
        this.setting = setting;
    }

    /// <summary>Brings the rows up to date.</summary>
    public void Refresh()
    {
        lock (sync)
        {
            var service = organization.CreateService();
            var current = organization.SystemJobs;
            foreach (var job in current)
            {
                var row = jobs.GetValue(job, _ => new JobRow());
                var status = Status(job.Status);
                if (row.Status == status)
                {
                    continue;
                }
                var entity = JobEntity(job, row.Id, status);
                if (PlatformRows.Find(service, PlatformTables.Step, job.Step.Id, "name") != null)
                {
                    entity["owningextensionid"] = new EntityReference(PlatformTables.Step, job.Step.Id);
                }
                PlatformRows.Upsert(service, entity);
                if (row.Status == null)
                {
                    mirrored.Add((job, row));
                }
                row.Status = status;
            }
            var live = new HashSet<SystemJob>(current, ReferenceEqualityComparer.Instance);
            foreach (var gone in mirrored.Where(m => !live.Contains(m.Job)).ToList())
            {
                service.Delete(PlatformTables.AsyncOperation, gone.Row.Id);
                mirrored.Remove(gone);
            }
            if (setting == PluginTraceLogSetting.Off)
            {
                return;
            }
            foreach (var execution in organization.Executions.Where(e => e.Handler != typeof(StepSynchronizer).FullName))
            {
                if ((setting == PluginTraceLogSetting.All || execution.Error != null) && !traced.TryGetValue(execution, out _))
                {
                    traced.Add(execution, execution);
                    service.Create(TraceEntity(execution));
                }
            }
        }
    }

    private static int Status(SystemJobStatus status) => status switch
    {
        SystemJobStatus.Succeeded => 30,
        SystemJobStatus.Failed => 31,
        _ => 0,
    };

    private static Entity JobEntity(SystemJob job, Guid id, int status)
    {
        var row = new Entity(PlatformTables.AsyncOperation, id)
        {
            ["name"] = job.Step.Name,
            ["operationtype"] = new OptionSetValue(SystemEvent),
            ["statecode"] = new OptionSetValue(status == 0 ? 0 : 3),
            ["statuscode"] = new OptionSetValue(status),
            ["messagename"] = job.Message,
            ["primaryentitytype"] = job.Table,
            ["completedon"] = job.CompletedOn,
            ["message"] = job.Error,
            ["friendlymessage"] = job.Error,
            ["errorcode"] = job.ErrorCode == 0 ? null : job.ErrorCode,
            ["overriddencreatedon"] = job.CreatedOn,
        };
        return row;
    }

    private static Entity TraceEntity(PluginExecution execution) => new(PlatformTables.PluginTraceLog)
    {
        ["typename"] = execution.Handler,
        ["messagename"] = execution.Message,
        ["primaryentity"] = execution.Table,
        ["exceptiondetails"] = execution.Error,
        ["messageblock"] = execution.Trace,
        ["mode"] = new OptionSetValue(execution.Mode),
        ["operationtype"] = new OptionSetValue(execution.StepId == Guid.Empty ? 2 : 1),
        ["depth"] = execution.Depth,
        ["performanceexecutionstarttime"] = execution.StartedOn,
        ["pluginstepid"] = execution.StepId == Guid.Empty ? null : execution.StepId,
        ["overriddencreatedon"] = execution.StartedOn,
    };

    private sealed class JobRow
    {
        public Guid Id { get; } = Guid.NewGuid();

        public int? Status { get; set; }
    }
}
