using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>Creates a contact named after the triggering row (a nested write inside the caller's transaction).</summary>
public sealed class CreateContactPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(null);
        service.Create(new Entity("contact") { ["lastname"] = "child of " + context.PrimaryEntityId });
    }
}
