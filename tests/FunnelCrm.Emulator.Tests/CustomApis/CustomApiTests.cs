using System;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.CustomApis;
using FunnelCrm.Emulator.Tests.TestPlugins;
using Microsoft.Xrm.Sdk;
using static FunnelCrm.Emulator.Tests.Fixture;

namespace FunnelCrm.Emulator.Tests.CustomApis;

public class CustomApiTests
{
    private static CustomApiRegistration Echo(string privilege = "") => new("new_Echo", typeof(EchoApiPlugin))
    {
        Binding = CustomApiBinding.Entity,
        BoundTable = "lead",
        ExecutePrivilegeName = privilege,
        RequestParameters = new[]
        {
            new CustomApiField("Echo", CustomApiFieldType.Integer),
            new CustomApiField("SetOutput", CustomApiFieldType.String, IsOptional: true),
        },
        ResponseProperties = new[]
        {
            new CustomApiField("Echoed", CustomApiFieldType.Integer), new CustomApiField("Stage", CustomApiFieldType.Integer),
            new CustomApiField("TargetId", CustomApiFieldType.Guid), new CustomApiField("Unset", CustomApiFieldType.Boolean),
            new CustomApiField("Label", CustomApiFieldType.Integer),
        },
    };

    private static OrganizationRequest Request(Guid leadId, object? echo = null) =>
        new("new_Echo") { ["Target"] = new EntityReference("lead", leadId), ["Echo"] = echo ?? 7 };

    [Fact]
    public void CustomApi_BoundCall_RunsTheMainOperationInStage30WithTargetAndDefaultsTheUnsetProperties()
    {
        var organization = NewOrganization();
        organization.CustomApis.Register(Echo());
        var service = organization.CreateService();
        var leadId = CreateLead(service);

        var response = service.Execute(Request(leadId));

        Assert.Equal(7, response["Echoed"]);
        Assert.Equal(30, response["Stage"]);
        Assert.Equal(leadId, response["TargetId"]);
        Assert.Equal(false, response["Unset"]);
        Assert.Equal("new_Echo", response.ResponseName);
    }

    [Fact]
    public void CustomApi_ParameterOfTheWrongType_IsRefusedBeforeThePluginRuns()
    {
        var organization = NewOrganization();
        organization.CustomApis.Register(Echo());
        var service = organization.CreateService();

        var fault = Fault(() => service.Execute(Request(CreateLead(service), echo: "seven")));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
        Assert.Equal("The request parameter 'Echo' of the new_Echo message takes a Integer (Int32), not a String.", fault.Message);
        Assert.Empty(organization.Executions);
    }

    [Fact]
    public void CustomApi_PluginSettingAnUndeclaredOutput_FailsTheCall()
    {
        var organization = NewOrganization();
        organization.CustomApis.Register(Echo());
        var service = organization.CreateService();
        var request = Request(CreateLead(service));
        request["SetOutput"] = "Surprise";

        var fault = Fault(() => service.Execute(request));

        Assert.Equal("FunnelCrm.Emulator.Tests.TestPlugins.EchoApiPlugin set the output 'Surprise', which is not a response property of the new_Echo message.", fault.Message);
    }

    [Fact]
    public void CustomApi_PluginSettingAPropertyToTheWrongType_FailsTheCall()
    {
        var organization = NewOrganization();
        organization.CustomApis.Register(Echo());
        var service = organization.CreateService();
        var request = Request(CreateLead(service));
        request["SetOutput"] = "Label";

        var fault = Fault(() => service.Execute(request));

        Assert.Contains("set the response property 'Label' of the new_Echo message to a String; it is a Integer (Int32).", fault.Message);
    }

    [Fact]
    public void CustomApi_CallerWithoutTheExecutePrivilege_IsRefusedNamingIt()
    {
        var organization = NewOrganization();
        organization.CustomApis.Register(Echo("prvReadLead"));
        var leadId = CreateLead(organization.CreateService());
        organization.Roles.Add(new FunnelCrm.Emulator.Security.SecurityRole(Guid.NewGuid(), "Reader").Grant("prvReadAccount"));
        var user = organization.AddUser("Una User", "Reader");

        var fault = Fault(() => organization.CreateService(user).Execute(Request(leadId)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.StartsWith($"Principal user (Id={user}, type=8, roleCount=1), is missing prvReadLead privilege.", fault.Message);
    }

    [Fact]
    public void CustomApi_Registration_RefusesWhatDataverseRefusesNamingTheApi()
    {
        var organization = NewOrganization();
        var broken = new CustomApiRegistration("new_Broken-Name", typeof(string))
        {
            Binding = CustomApiBinding.Entity,
            IsFunction = true,
            RequestParameters = new[] { new CustomApiField("Target", CustomApiFieldType.EntityReference), new CustomApiField("Count", CustomApiFieldType.Integer, Table: "lead") },
        };

        var refusal = Assert.Throws<CustomApiRegistrationException>(() => organization.CustomApis.Register(broken));

        Assert.Equal("new_Broken-Name", refusal.Api);
        Assert.Equal(6, refusal.Refusals.Count);
        Assert.False(organization.Supports("new_Broken-Name"));
    }

    [Fact]
    public void CustomApi_NameOfAPlatformMessage_IsRefused()
    {
        var organization = NewOrganization();

        var refusal = Assert.Throws<CustomApiRegistrationException>(() => organization.CustomApis.Register(new CustomApiRegistration("WhoAmI", typeof(EchoApiPlugin))));

        Assert.Equal("The custom API WhoAmI cannot be registered: A message named WhoAmI exists already.", refusal.Message);
    }
}
