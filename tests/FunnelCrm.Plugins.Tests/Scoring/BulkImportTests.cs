using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit.Abstractions;

namespace FunnelCrm.Plugins.Tests.Scoring;

public class BulkImportTests
{
    private const int Leads = 200;
    private const int PerLead = 250;
    private const int BatchSize = 1000;

    private readonly ITestOutputHelper output;

    public BulkImportTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    private static IEnumerable<Entity> Interactions(IReadOnlyList<Guid> leads)
    {
        var types = new[] { InteractionTypeOption.WebVisit, InteractionTypeOption.ContentDownload, InteractionTypeOption.WebinarRegistration, InteractionTypeOption.EmailClick };
        for (var i = 0; i < leads.Count * PerLead; i++)
        {
            var interaction = new Entity(Tables.Interaction, new KeyAttributeCollection { { InteractionColumns.SourceSystem, "marketing" }, { InteractionColumns.ExternalId, "touch-" + i } });
            interaction[InteractionColumns.SourceSystem] = "marketing";
            interaction[InteractionColumns.ExternalId] = "touch-" + i;
            interaction[InteractionColumns.Subject] = "Imported touch " + i;
            interaction[InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leads[i % leads.Count]);
            interaction[InteractionColumns.InteractionType] = new OptionSetValue(types[i % types.Length]);
            interaction[InteractionColumns.OccurredOn] = FunnelOrganization.Start.AddHours(-(i % 500));
            yield return interaction;
        }
    }

    private static int Import(FunnelOrganization crm, IEnumerable<Entity> interactions)
    {
        var batches = 0;
        foreach (var batch in interactions.Select((e, i) => (e, i)).GroupBy(x => x.i / BatchSize, x => x.e))
        {
            var request = new ExecuteMultipleRequest { Requests = new OrganizationRequestCollection(), Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false } };
            foreach (var interaction in batch)
            {
                request.Requests.Add(new UpsertRequest { Target = interaction });
            }

            var response = (ExecuteMultipleResponse)crm.System.Execute(request);
            Assert.False(response.IsFaulted);
            batches++;
        }

        return batches;
    }

    [Fact]
    public void BulkImport_FiftyThousandInteractionsThroughExecuteMultiple_StayWithinTheCallBudgetAndRerunsChangeNothing()
    {
        var crm = new FunnelOrganization();
        var leads = Enumerable.Range(0, Leads).Select(i => crm.CreateLead("Lead " + i, "lead" + i + "@contoso.example")).ToList();
        crm.Organization.ResetDiagnostics();

        var batches = Import(crm, Interactions(leads));

        var scoring = crm.Organization.Executions.Where(e => e.Handler.Contains(nameof(ActivityScoringPlugin)) && e.Table == Tables.Interaction).ToList();
        Assert.Equal(50, batches);
        Assert.Equal(Leads * PerLead, scoring.Count);
        Assert.All(scoring, e => Assert.True(e.TotalServiceCalls <= 3, e.Trace));
        output.WriteLine("Import: {0} interactions in {1} batches; scoring calls {2} (max {3} per interaction, mean {4:0.000}); stamped with points: {5}.",
            scoring.Count, batches, scoring.Sum(e => e.TotalServiceCalls), scoring.Max(e => e.TotalServiceCalls), scoring.Average(e => e.TotalServiceCalls),
            scoring.Count(e => e.TotalServiceCalls == 3));
        var scores = leads.Select(l => crm.Lead(l).GetAttributeValue<double>(LeadColumns.BehaviourScore)).ToList();
        crm.Organization.ResetDiagnostics();

        Import(crm, Interactions(leads));

        Assert.Equal(scores, leads.Select(l => crm.Lead(l).GetAttributeValue<double>(LeadColumns.BehaviourScore)).ToList());
        var rerun = crm.Organization.Executions.Where(e => e.Handler.Contains("Scoring")).ToList();
        Assert.All(rerun, e => Assert.Equal(0, e.TotalServiceCalls));
        output.WriteLine("Re-run: {0} scoring executions, {1} service calls, scores unchanged.", rerun.Count, rerun.Sum(e => e.TotalServiceCalls));
    }
}
