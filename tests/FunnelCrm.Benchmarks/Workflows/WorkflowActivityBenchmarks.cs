using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Workflow;
using FunnelCrm.Workflows.Measuring;
using FunnelCrm.Workflows.Scoring;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Benchmarks.Workflows;

/// <summary>
/// The two bulk workflow activities in the emulator with every FunnelCrm plugin step registered: RecalculateScore over
/// a batch of leads (decay to now, stage moves through the guard) and ComputeFunnelSnapshot rebuilding one month from
/// its transition rows. Rows per minute = <see cref="Leads"/> (or the month's transitions) / mean time x 60.
/// </summary>
[MemoryDiagnoser]
public class WorkflowActivityBenchmarks
{
    private static readonly DateTime Start = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly int[] Touches = { InteractionTypeOption.WebVisit, InteractionTypeOption.WebinarAttendance, InteractionTypeOption.DemoRequest };

    private Organization organization = null!;

    /// <summary>Leads in the organization, all rescored by one RecalculateScore run.</summary>
    [Params(500)]
    public int Leads { get; set; }

    /// <summary>Leads with three interactions each during March 2026, so March holds their transition rows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        organization = new Organization(new EmulatorClock(Start));
        organization.LoadSolutionSource(Path.Combine(Root(), "Solution"));
        organization.RegisterDeclaredSteps(typeof(FunnelCrm.Plugins.Stages.StageGuardPlugin).Assembly);
        var service = organization.CreateService();
        for (var i = 0; i < Leads; i++)
        {
            var lead = service.Create(new Entity(Tables.Lead) { ["lastname"] = "Lead " + i, ["companyname"] = "Company " + i, ["emailaddress1"] = "lead" + i + "@company.example" });
            for (var t = 0; t < Touches.Length && t <= i % Touches.Length; t++)
            {
                service.Create(new Entity(Tables.Interaction)
                {
                    [InteractionColumns.Subject] = "Touch",
                    [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, lead),
                    [InteractionColumns.InteractionType] = new OptionSetValue(Touches[t]),
                    [InteractionColumns.OccurredOn] = organization.Clock.UtcNow,
                    [InteractionColumns.SourceSystem] = "benchmark",
                    [InteractionColumns.ExternalId] = i + "-" + t,
                });
            }
        }

        var read = (int)ComputeFunnelSnapshotMonth();
        if (read < Leads)
        {
            throw new InvalidOperationException("ComputeFunnelSnapshot read " + read + " transition rows for " + Leads + " leads: the set-up wrote too few.");
        }

        Console.WriteLine("// March 2026 holds " + read + " transition rows.");
    }

    /// <summary>Two days pass, so every lead is due for a rescore again.</summary>
    [IterationSetup(Target = nameof(RecalculateScoreBatch))]
    public void TwoDaysLater() => organization.Clock.Advance(TimeSpan.FromDays(2));

    /// <summary>One RecalculateScore run over all leads.</summary>
    [Benchmark]
    public object RecalculateScoreBatch() => Run(new RecalculateScore(), new Dictionary<string, object> { ["MaximumLeads"] = Leads })["Processed"];

    /// <summary>One ComputeFunnelSnapshot run rebuilding March 2026.</summary>
    [Benchmark]
    public object ComputeFunnelSnapshotMonth() =>
        Run(new ComputeFunnelSnapshot(), new Dictionary<string, object> { ["PeriodDate"] = Start })["TransitionsRead"];

    private IDictionary<string, object> Run(System.Activities.Activity activity, IDictionary<string, object> inputs) =>
        organization.Workflows.Run(activity, inputs, new WorkflowRun(new EntityReference(Tables.Lead, Guid.Empty)) { IsRealTime = true });

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "FunnelCrm.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FunnelCrm.sln not found above " + AppContext.BaseDirectory);
    }
}
