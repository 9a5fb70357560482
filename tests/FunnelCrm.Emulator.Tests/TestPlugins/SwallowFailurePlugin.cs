using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>Makes a call that fails, catches the failure, then ("continue") makes another call or ("return") just returns.</summary>
public sealed class SwallowFailurePlugin : IPlugin
{
    private readonly string then;

    public SwallowFailurePlugin(string unsecure, string secure)
    {
        then = unsecure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(null);
        try
        {
            service.Retrieve("contact", Guid.NewGuid(), new ColumnSet(true));
        }
        catch (OrganizationServiceFaultException)
        {
            if (then == "continue")
            {
                service.Create(new Entity("contact") { ["lastname"] = "after the failure" });
            }
        }
    }
}
