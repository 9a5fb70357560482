using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Scoring;

/// <summary>
/// A profile change that lifts the score over the MQL threshold moves the lead whichever way the platform matches
/// filtering attributes (variant F): against the request as sent, or against the Target as earlier steps changed it.
/// </summary>
public class ProfileMoveTests
{
    [Theory]
    [InlineData(FilteringMatch.OriginalRequest)]
    [InlineData(FilteringMatch.CurrentTarget)]
    public void ProfileChangeOverTheThreshold_MovesToMqlWithATransitionAndTheHandoff(FilteringMatch filtering)
    {
        var crm = new FunnelOrganization(platform: SuitePlatform.Current with { Filtering = filtering });
        var leadId = crm.CreateLead();
        crm.AddInteraction(leadId, InteractionTypeOption.WebinarAttendance);
        crm.AddInteraction(leadId, InteractionTypeOption.Chat);
        Assert.NotEqual(FunnelStageOption.Mql, crm.Stage(leadId));

        crm.System.Update(new Entity(Tables.Lead, leadId) { [LeadColumns.TargetAccount] = true, ["numberofemployees"] = 800, ["jobtitle"] = "Head of Marketing" });
        crm.Organization.DrainAsyncJobs();

        Assert.Equal(FunnelStageOption.Mql, crm.Stage(leadId));
        var row = LastTransition(crm, leadId);
        Assert.Equal(FunnelStageOption.Mql, To(row));
        Assert.Equal(StageTriggerOption.ScoreThreshold, Trigger(row));
        Assert.Single(Tasks(crm, leadId));
        Assert.NotNull(crm.Lead(leadId).GetAttributeValue<System.DateTime?>(LeadColumns.SlaDueOn));
        Assert.Equal(crm.Lead(leadId).GetAttributeValue<int>(LeadColumns.Score), (int)row.GetAttributeValue<decimal>(StageTransitionColumns.ScoreThen));
    }
}
