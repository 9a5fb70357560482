using System;
using System.Linq;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// Takes the row locks of several leads in one stable order (by id), so that two operations that each lock the same
/// two leads (a Merge and an activity moving between them) never wait for each other in a circle. A lock is an Update
/// with no columns; it lasts until the transaction ends.
/// </summary>
public static class LeadLocks
{
    /// <summary>Locks each distinct lead, in ascending id order.</summary>
    public static void InOrder(IOrganizationService service, params Guid[] leadIds)
    {
        foreach (var id in leadIds.Where(id => id != Guid.Empty).Distinct().OrderBy(id => id))
        {
            service.Update(new Entity(Tables.Lead, id));
        }
    }
}
