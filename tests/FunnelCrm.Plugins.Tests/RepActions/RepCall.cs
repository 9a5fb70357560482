using System;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.RepActions;

/// <summary>Calls the rep action APIs as a client does: an OrganizationRequest by message name with the lead as Target.</summary>
internal static class RepCall
{
    public static OrganizationRequest Request(string api, Guid leadId, params (string Name, object? Value)[] parameters)
    {
        var request = new OrganizationRequest(api) { ["Target"] = new EntityReference(Tables.Lead, leadId) };
        foreach (var (name, value) in parameters)
        {
            request[name] = value;
        }

        return request;
    }

    public static OrganizationResponse Execute(IOrganizationService service, string api, Guid leadId, params (string Name, object? Value)[] parameters) =>
        service.Execute(Request(api, leadId, parameters));

    public static IOrganizationService Rep(FunnelOrganization crm, string name = "Rita Rep") =>
        crm.Organization.CreateService(crm.Organization.AddUser(name, SecurityRoles.SalesRepName));

    public static IOrganizationService Marketing(FunnelOrganization crm) =>
        crm.Organization.CreateService(crm.Organization.AddUser("Mark Marketing", SecurityRoles.MarketingName));
}
