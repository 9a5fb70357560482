using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.Query;

/// <summary>Creates the leads the query tests search: a last name (also the full name) and the columns a test filters on.</summary>
internal static class QueryLeads
{
    public static Guid Create(IOrganizationService service, string lastName, int? employees = null, string? company = null, EntityReference? account = null, int? budgetStatus = null)
    {
        var lead = new Entity("lead") { ["lastname"] = lastName, ["fullname"] = lastName };
        if (employees.HasValue)
        {
            lead["numberofemployees"] = employees.Value;
        }
        if (company != null)
        {
            lead["companyname"] = company;
        }
        if (account != null)
        {
            lead["parentaccountid"] = account;
        }
        if (budgetStatus.HasValue)
        {
            lead["budgetstatus"] = new OptionSetValue(budgetStatus.Value);
        }
        return service.Create(lead);
    }
}
