using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Scoring;

public class ConcurrentScoringTests
{
    private const int PerThread = 15;

    private static Guid Lead(Organization organization) =>
        organization.CreateService().Create(new Entity(Tables.Lead) { ["lastname"] = "Smith", [LeadStandardColumns.FullName] = "Contoso - J. Smith" });

    private static Entity Interaction(Guid leadId) => new Entity(Tables.Interaction)
    {
        [InteractionColumns.Subject] = "Webinar registration",
        [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
        [InteractionColumns.InteractionType] = new OptionSetValue(InteractionTypeOption.WebinarRegistration),
        [InteractionColumns.SourceSystem] = "web",
        [InteractionColumns.ExternalId] = Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public void ConcurrentScoring_TwoThreadsScoringOneLead_LoseNoPointsWhileReadThenWriteLosesAnIncrement()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        var unlocked = new Organization(new EmulatorClock(FunnelOrganization.Start));
        unlocked.LoadSolutionSource(RepositoryPaths.Solution);
        unlocked.RegisterPlugin<ReadThenWriteScoringPlugin>();
        var unlockedLead = Lead(unlocked);
        ReadThenWriteScoringPlugin.BothRead = new Barrier(2);

        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                crm.AddInteraction(leadId, InteractionTypeOption.WebinarRegistration);
            }
        });
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ => unlocked.CreateService().Create(Interaction(unlockedLead)));

        var stamped = crm.System.RetrieveMultiple(new QueryExpression(Tables.Interaction) { ColumnSet = new ColumnSet(ActivityStampColumns.Points) })
            .Entities.Sum(e => e.GetAttributeValue<decimal>(ActivityStampColumns.Points));
        Assert.Equal(2 * PerThread * 10m, stamped);
        Assert.Equal((double)stamped, crm.Lead(leadId).GetAttributeValue<double>(LeadColumns.BehaviourScore), 6);
        var lost = unlocked.CreateService().Retrieve(Tables.Lead, unlockedLead, new ColumnSet(LeadColumns.BehaviourScore));
        Assert.Equal(10.0, lost.GetAttributeValue<double>(LeadColumns.BehaviourScore));
    }
}
