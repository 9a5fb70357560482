using System;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// A lead read under its row lock: an Update with no columns takes the lock (held until the transaction ends), so the
/// read that follows sees every write committed before it and no other writer can commit one until this transaction
/// ends. A step that computes lead columns from the lead's current values reads them this way rather than from its
/// pre-image, which the platform may read before it locks the row (variant L), older than what another transaction
/// committed since. Through SYSTEM, which reads the secured bookkeeping whoever the caller is. Two calls.
/// </summary>
public static class LockedLead
{
    /// <summary>Locks the lead and reads every column FunnelCrm scores and moves it with (<see cref="LeadRecord.Columns"/>).</summary>
    public static Entity Read(IOrganizationService service, Guid leadId)
    {
        service.Update(new Entity(Tables.Lead, leadId));
        return service.Retrieve(Tables.Lead, leadId, LeadRecord.Columns);
    }
}
