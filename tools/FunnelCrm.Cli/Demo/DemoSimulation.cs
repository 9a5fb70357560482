using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Plugins.RepActions;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.SolutionLayout;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Spectre.Console;

namespace FunnelCrm.Cli.Demo;

/// <summary>
/// Runs a scenario through the emulated CRM: the solution's tables and roles, the real plugin steps registered from
/// their declarations, marketing importing leads (each owned by the rep who works it) and interactions (as SYSTEM, like
/// an integration user) and reps accepting, rejecting and qualifying to SQL from the lead form, qualifying with the CRM's Qualify (QualifyLead) and
/// closing the opportunity with Win or Lose (as users with the FunnelCrm Sales Rep role and Dynamics 365 Sales'
/// Salesperson role), in time order on the organization's clock. Every stage move goes through the stage guard; the funnel is then measured from the
/// transition rows the plugins wrote.
/// </summary>
public sealed class DemoSimulation
{
    private static readonly (int Type, double Weight)[] Touches =
    {
        (InteractionTypeOption.WebVisit, 40), (InteractionTypeOption.ContentDownload, 14), (InteractionTypeOption.NewsletterSignup, 6),
        (InteractionTypeOption.EmailClick, 14), (InteractionTypeOption.WebinarRegistration, 8), (InteractionTypeOption.WebinarAttendance, 7),
        (InteractionTypeOption.EventAttendance, 4), (InteractionTypeOption.DemoRequest, 4), (InteractionTypeOption.Chat, 3),
    };

    private static readonly int[] RejectionReasons =
    {
        RejectionReasonOption.NoBudget, RejectionReasonOption.NoNeed, RejectionReasonOption.NotDecisionMaker, RejectionReasonOption.BadTiming,
        RejectionReasonOption.WrongTargetGroup, RejectionReasonOption.Unreachable,
    };

    private const string SalespersonRole = "Salesperson";

    private readonly DemoScenario scenario;
    private readonly TextWriter output;
    private readonly Random random;
    private readonly PriorityQueue<DemoEvent, (DateTime, long)> queue = new PriorityQueue<DemoEvent, (DateTime, long)>();
    private long sequence;
    private long interactions;
    private int refusals;
    private long scoredActivities;
    private long scoringCalls;
    private long configurationCalls;

    /// <summary>A simulation of the scenario, reporting progress to <paramref name="output"/>.</summary>
    public DemoSimulation(DemoScenario scenario, TextWriter output)
    {
        this.scenario = scenario;
        this.output = output;
        random = new Random(scenario.Seed);
    }

    /// <summary>Runs the scenario and measures the funnel, reporting the share of the simulated time pushed to <paramref name="progress"/>.</summary>
    public DemoResult Run(Action<double>? progress = null)
    {
        var organization = new Organization(new EmulatorClock(scenario.Start));
        organization.LoadSolutionSource(new EmbeddedFiles(typeof(DemoSimulation).Assembly, "FunnelCrm.Solution/"));

        organization.RegisterDeclaredSteps(typeof(ActivityScoringPlugin).Assembly);
        organization.RegisterDeclaredCustomApis(typeof(ActivityScoringPlugin).Assembly);
        var system = organization.CreateService();
        organization.Roles.Add(Salesperson());
        var reps = Enumerable.Range(1, 8).Select(i => organization.AddUser("Sales Rep " + i, SecurityRoles.SalesRepName, SalespersonRole))
            .Select(id => (Id: id, Service: organization.CreateService(id))).ToArray();
        foreach (var rep in reps)
        {
            organization.AddToFieldSecurityProfile(FieldSecurityProfiles.FunnelReadersName, new EntityReference(Tables.SystemUser, rep.Id));
        }

        Schedule();
        var total = queue.Count;
        long events = 0;
        var console = Output.ReportTable.Console(output);
        console.WriteLine("Pushing " + scenario.Leads + " leads and their activity of " + scenario.Months + " months through the CRM pipeline...");
        while (queue.TryDequeue(out var next, out _))
        {
            if (next.On > DemoScenario.End)
            {
                continue;
            }

            organization.Clock.Set(next.On);
            var rep = reps[next.Lead.Index % reps.Length];
            Handle(next, system, rep.Service, rep.Id);
            events++;
            if (progress != null && events % 500 == 0)
            {
                progress((next.On - scenario.Start).TotalDays / (DemoScenario.End - scenario.Start).TotalDays);
            }

            if (events % 2000 == 0)
            {
                Collect(organization);
                organization.DrainAsyncJobs();
            }
        }

        Collect(organization);
        organization.DrainAsyncJobs();
        organization.Clock.Set(DemoScenario.End);
        var history = ReadHistory(system);
        var report = FunnelMeasure.Measure(history, new MeasureOptions { Period = PeriodKind.Month });
        console.WriteLine("Pushed " + events + " events (" + total + " planned at the start).");
        return new DemoResult(organization, report, history, scoredActivities, scoringCalls, configurationCalls, events, refusals, DemoScenario.End);
    }

    private void Schedule()
    {
        var span = (DemoScenario.End - scenario.Start).TotalDays;
        for (var i = 0; i < scenario.Leads; i++)
        {
            var lead = new DemoLead(i, random, scenario.Start.AddDays(random.NextDouble() * span * 0.95).AddMinutes(i % 60));
            Add(new DemoEvent(lead.CreatedOn, DemoEventKind.Import, lead));
            var touches = Poisson(1 + 9 * lead.Keenness);
            for (var t = 0; t < touches; t++)
            {
                var type = Pick(lead);
                Add(new DemoEvent(lead.CreatedOn.AddHours(1 + random.NextDouble() * 24 * 60 * Math.Pow(random.NextDouble(), 1.5)), DemoEventKind.Interaction, lead, type));
            }
        }
    }

    private void Handle(DemoEvent next, IOrganizationService system, IOrganizationService rep, Guid repId)
    {
        var lead = next.Lead;
        switch (next.Kind)
        {
            case DemoEventKind.Import:
                lead.Id = system.Create(lead.ToRow(repId));
                return;
            case DemoEventKind.Interaction:
                var stageBefore = Stage(system, lead);
                system.Create(new Entity(Tables.Interaction)
                {
                    [InteractionColumns.Subject] = "Touch",
                    [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, lead.Id),
                    [InteractionColumns.InteractionType] = new OptionSetValue(next.InteractionType),
                    [InteractionColumns.OccurredOn] = next.On,
                    [InteractionColumns.SourceSystem] = "marketing",
                    [InteractionColumns.ExternalId] = "touch-" + interactions++,
                });
                if (stageBefore != FunnelStageOption.Mql && Stage(system, lead) == FunnelStageOption.Mql)
                {
                    Add(new DemoEvent(next.On.AddHours(2 + random.NextDouble() * 40), DemoEventKind.RepDecision, lead));
                }

                return;
            case DemoEventKind.RepDecision:
                Decide(next, rep, lead);
                return;
            case DemoEventKind.Qualification:
                Qualify(next, rep, lead);
                return;
            case DemoEventKind.Opportunity:
                rep.Update(new Entity(Tables.Lead, lead.Id) { ["decisionmaker"] = random.NextDouble() < 0.5 + lead.Keenness / 2 });
                if (QualifyLead(rep, lead))
                {
                    Add(new DemoEvent(next.On.AddDays(15 + random.NextDouble() * 45), DemoEventKind.Close, lead));
                }

                return;
            default:
                Close(rep, lead, next.On);
                return;
        }
    }

    private void Decide(DemoEvent next, IOrganizationService rep, DemoLead lead)
    {
        if (Stage(rep, lead) != FunnelStageOption.Mql)
        {
            return;
        }

        var roll = random.NextDouble();
        var accept = lead.FitsProfile ? 0.7 : 0.35;
        if (roll < accept)
        {
            if (Press(rep, AcceptLeadApi.Name, lead, (RepApi.Note, "Called back, discovery meeting booked")))
            {
                Add(new DemoEvent(next.On.AddDays(3 + random.NextDouble() * 20), DemoEventKind.Qualification, lead));
            }
        }
        else if (roll < accept + 0.25)
        {
            Press(rep, RejectLeadApi.Name, lead, (RepApi.Reason, new OptionSetValue(RejectionReasons[random.Next(RejectionReasons.Length)])), (RepApi.Note, "Not ready for sales"));
        }
    }

    private void Qualify(DemoEvent next, IOrganizationService rep, DemoLead lead)
    {
        var good = lead.Keenness;
        var answers = new Entity(Tables.Lead, lead.Id)
        {
            ["budgetstatus"] = new OptionSetValue(random.NextDouble() < good ? 2 + random.Next(2) : random.Next(2)),
            ["need"] = new OptionSetValue(random.NextDouble() < good ? random.Next(2) : 2 + random.Next(2)),
            ["purchasetimeframe"] = new OptionSetValue(random.NextDouble() < good ? random.Next(3) : 3 + random.Next(2)),
        };
        rep.Update(answers);
        if (Press(rep, QualifyToSqlApi.Name, lead, (RepApi.Note, "Budget, need and timeline confirmed")))
        {
            Add(new DemoEvent(next.On.AddDays(5 + random.NextDouble() * 25), DemoEventKind.Opportunity, lead));
        }
        else
        {
            Press(rep, RejectLeadApi.Name, lead, (RepApi.Reason, new OptionSetValue(RejectionReasonOption.NoBudget)), (RepApi.Note, "BANT not met"));
        }
    }

    private bool QualifyLead(IOrganizationService rep, DemoLead lead)
    {
        try
        {
            var response = (QualifyLeadResponse)rep.Execute(new QualifyLeadRequest
            {
                LeadId = new EntityReference(Tables.Lead, lead.Id),
                CreateAccount = false,
                CreateContact = false,
                CreateOpportunity = true,
                Status = new OptionSetValue(3),
            });
            lead.OpportunityId = response.CreatedEntities.Single(e => e.LogicalName == Tables.Opportunity).Id;
            return true;
        }
        catch (OrganizationServiceFaultException)
        {
            refusals++;
            return false;
        }
    }

    private void Close(IOrganizationService rep, DemoLead lead, DateTime on)
    {
        var won = random.NextDouble() < 0.15 + lead.Keenness * 0.4;
        var close = new Entity(Tables.OpportunityClose)
        {
            ["opportunityid"] = new EntityReference(Tables.Opportunity, lead.OpportunityId),
            ["subject"] = won ? "Contract signed" : "Chose another vendor",
            ["actualend"] = on,
        };
        if (won)
        {
            close["actualrevenue"] = new Money(Math.Round((decimal)(10000 + random.NextDouble() * 90000 * (0.5 + lead.Keenness)), 0));
            rep.Execute(new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(3) });
        }
        else
        {
            rep.Execute(new LoseOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(5) });
        }
    }

    /// <summary>
    /// Dynamics 365 Sales' Salesperson role, as far as the demo needs it: reps qualify leads into opportunities and
    /// close them. It ships with Dynamics 365 Sales, not with FunnelCrm; reps hold it next to FunnelCrm Sales Rep.
    /// </summary>
    private static Emulator.Security.SecurityRole Salesperson()
    {
        var role = new Emulator.Security.SecurityRole(new Guid("6c1b8a6e-5f3d-4c2a-9e7b-0d4f8a2c1e35"), SalespersonRole);
        foreach (var verb in new[] { "Create", "Read", "Write", "Append", "AppendTo" })
        {
            role.Grant("prv" + verb + "Opportunity").Grant("prv" + verb + "Activity");
        }

        return role.Grant("prvAppendToLead");
    }

    private bool Press(IOrganizationService rep, string api, DemoLead lead, params (string Name, object Value)[] parameters)
    {
        var request = new OrganizationRequest(api) { ["Target"] = new EntityReference(Tables.Lead, lead.Id) };
        foreach (var (name, value) in parameters)
        {
            request[name] = value;
        }

        try
        {
            rep.Execute(request);
            return true;
        }
        catch (OrganizationServiceFaultException)
        {
            refusals++;
            return false;
        }
    }

    private static int? Stage(IOrganizationService service, DemoLead lead) =>
        service.Retrieve(Tables.Lead, lead.Id, new ColumnSet(LeadColumns.Stage)).GetAttributeValue<OptionSetValue>(LeadColumns.Stage)?.Value;

    private void Collect(Organization organization)
    {
        foreach (var execution in organization.Executions.Where(e => e.Handler.Contains(nameof(ActivityScoringPlugin)) && e.TotalServiceCalls > 0))
        {
            var calls = execution.ServiceCalls;
            scoredActivities++;
            scoringCalls += execution.TotalServiceCalls - calls.GetValueOrDefault("RetrieveMultiple");
            configurationCalls += calls.GetValueOrDefault("RetrieveMultiple");
        }

        organization.ResetDiagnostics();
    }

    private static FunnelHistory ReadHistory(IOrganizationService service)
    {
        var history = new FunnelHistory();
        var query = new QueryExpression(Tables.StageTransition)
        {
            ColumnSet = new ColumnSet(StageTransitionColumns.LeadId, StageTransitionColumns.ToStage, StageTransitionColumns.TransitionOn),
        };
        foreach (var row in DemoRows.All(service, query))
        {
            var stage = row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage).Value - FunnelStageOption.Known;
            history.Add(row.GetAttributeValue<EntityReference>(StageTransitionColumns.LeadId).Id, (FunnelStage)stage, row.GetAttributeValue<DateTime>(StageTransitionColumns.TransitionOn));
        }

        return history;
    }

    private int Pick(DemoLead lead)
    {
        var total = Touches.Sum(t => t.Weight);
        var roll = random.NextDouble() * total;
        foreach (var (type, weight) in Touches)
        {
            var w = type == InteractionTypeOption.DemoRequest && !lead.FitsProfile ? weight / 3 : weight;
            if (roll < w)
            {
                return type;
            }

            roll -= w;
        }

        return InteractionTypeOption.WebVisit;
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            product *= random.NextDouble();
            count++;
        }

        return count;
    }

    private void Add(DemoEvent demoEvent) => queue.Enqueue(demoEvent, (demoEvent.On, sequence++));
}
