using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Scoring;

public class ConcurrentScoringTests
{
    private const int PerThread = 15;

    [Fact]
    public void ConcurrentScoring_TwoThreadsAddingActivitiesToOneLead_LoseNoPoints()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();

        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                crm.AddInteraction(leadId, InteractionTypeOption.WebinarRegistration);
            }
        });

        var stamped = crm.System.RetrieveMultiple(new QueryExpression(Tables.Interaction) { ColumnSet = new ColumnSet(ActivityStampColumns.Points) })
            .Entities.Sum(e => e.GetAttributeValue<decimal>(ActivityStampColumns.Points));
        Assert.Equal((double)stamped, crm.Lead(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
        Assert.Equal(2 * PerThread * 10m, stamped);
    }

    [Fact]
    public void ConcurrentScoring_ReadThenWriteWithoutTheLock_LosesAnIncrement()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var bothRead = new Barrier(2);

        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ =>
        {
            var service = crm.Organization.CreateService();
            var score = service.Retrieve(Tables.Lead, leadId, new ColumnSet(LeadColumns.RecycleCount)).GetAttributeValue<int?>(LeadColumns.RecycleCount) ?? 0;
            bothRead.SignalAndWait();
            service.Update(new Entity(Tables.Lead, leadId) { [LeadColumns.RecycleCount] = score + 1 });
        });

        Assert.Equal(1, crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.RecycleCount));
    }
}
