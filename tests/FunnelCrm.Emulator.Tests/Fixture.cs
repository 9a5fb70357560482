using System;
using System.IO;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests;

/// <summary>Test helpers: a fresh organization, the fixture solution, fault capture.</summary>
internal static class Fixture
{
    public static string CustomizationsPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "customizations.xml");

    public static Organization NewOrganization(bool withSolution = false)
    {
        var organization = new Organization();
        if (withSolution)
        {
            organization.LoadCustomizations(CustomizationsPath);
        }
        return organization;
    }

    public static OrganizationServiceFaultException Fault(Action action) => Assert.Throws<OrganizationServiceFaultException>(action);

    public static StepRegistration Step<TPlugin>(string message, string table, PipelineStage stage, string? config = null, int rank = 1) where TPlugin : IPlugin =>
        new(typeof(TPlugin), message, table, stage) { UnsecureConfiguration = config, Rank = rank };

    public static Guid CreateLead(IOrganizationService service, string lastName = "Smith") =>
        service.Create(new Entity("lead") { ["lastname"] = lastName, ["companyname"] = "Contoso", ["subject"] = "Interested in the funnel" });
}
