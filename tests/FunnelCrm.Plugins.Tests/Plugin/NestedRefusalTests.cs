using System;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Plugin;

public class NestedRefusalTests
{
    [Fact]
    public void EmailScoredForALead_AnotherStepRefusesTheLeadsUpdate_TheRepReadsThatStepsOwnMessage()
    {
        var crm = new FunnelOrganization();
        var leadId = crm.CreateLead();
        crm.Organization.RegisterStep(new StepRegistration(typeof(ComplianceHoldPlugin), "Update", Tables.Lead, PipelineStage.PreOperation));

        var fault = Assert.Throws<OrganizationServiceFaultException>(() => crm.System.Create(new Entity(Tables.Email)
        {
            [ActivityStandardColumns.Subject] = "Re: pricing",
            [ActivityStandardColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [ActivityStandardColumns.DirectionCode] = false,
            [ActivityStandardColumns.StateCode] = new OptionSetValue(1),
        }));

        Assert.Equal(ComplianceHoldPlugin.Refusal, fault.Message);
        Assert.Equal(ErrorCodes.IsvAborted, fault.Detail.ErrorCode);
        Assert.Empty(crm.System.RetrieveMultiple(new QueryExpression(Tables.Email)).Entities);
    }
}
