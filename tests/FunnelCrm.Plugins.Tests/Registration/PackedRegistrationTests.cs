using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Handoffs;
using FunnelCrm.Plugins.Tests.Support;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;

namespace FunnelCrm.Plugins.Tests.Registration;

/// <summary>The step registrations the packer writes into the solution are the ones the suites run in the emulator.</summary>
public class PackedRegistrationTests
{
    [Fact]
    public void PackedSteps_AgreeWithTheDeclaredStepsTheSuitesRun_IncludingWhereEachImageIsTakenFrom()
    {
        var declared = new FunnelOrganization().Organization.RegisteredSteps;

        var packed = PackedSteps.Of(typeof(LeadStatePlugin).Assembly);

        Assert.Equal(PackedSteps.Describe(declared), PackedSteps.Describe(packed));
    }

    [Fact]
    public void PackedSteps_RegisteredAsImported_DisqualifyByStateChangeThroughTheSetStateStepsImage()
    {
        var crm = new FunnelOrganization(registerDeclaredSteps: false);
        foreach (var step in PackedSteps.Of(typeof(LeadStatePlugin).Assembly))
        {
            crm.Organization.RegisterStep(step);
        }
        var leadId = Sal(crm);
        crm.Organization.ResetDiagnostics();

        SetState(crm, Tables.Lead, leadId, LeadStatePlugin.Disqualified, 6);

        Assert.Equal(FunnelStageOption.Disqualified, To(LastTransition(crm, leadId)));
        var setState = crm.Organization.Executions.Where(e => e.Handler == typeof(LeadStatePlugin).FullName && e.Message == "SetState").ToList();
        Assert.Equal(new[] { 20, 40 }, setState.Select(e => e.Stage));
        Assert.All(setState, e => Assert.Contains("start SetState of lead", e.Trace));
        Assert.All(setState, e => Assert.DoesNotContain("is not in the context", e.Trace));
    }
}
