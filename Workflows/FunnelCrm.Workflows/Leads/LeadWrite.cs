using System;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Workflows.Leads;

/// <summary>
/// Writes a lead computed from what was read, without losing what another writer committed meanwhile. In a transaction
/// (a real-time process) the lead is locked first (an Update with no columns) and read again. In a background process
/// every call is its own transaction: the write carries the row version it was computed from, and when the lead changed
/// meanwhile it is read again and computed again. Then the activities scored now get their stamps.
/// </summary>
internal static class LeadWrite
{
    private const int Attempts = 5;

    /// <summary>Computes the lead's update with <paramref name="compute"/> and writes it; returns what was written.</summary>
    public static LeadRescore Apply(ActivityRun context, LeadRecord lead, Func<LeadRecord, LeadRescore> compute)
    {
        var service = context.SystemService;
        if (context.Workflow.IsInTransaction)
        {
            lead = new LeadRecord(LockedLead.Read(service, lead.Id));
        }

        for (var attempt = 1; ; attempt++)
        {
            var rescore = compute(lead);
            try
            {
                if (rescore.Update != null)
                {
                    service.Execute(new UpdateRequest { Target = rescore.Update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                }

                foreach (var stamp in rescore.Stamps)
                {
                    service.Update(stamp);
                }

                return rescore;
            }
            catch (Exception changed) when (!context.Workflow.IsInTransaction && ServiceFaults.IsLostRace(changed) && attempt < Attempts)
            {
                context.Tracing.Trace("Lead '{0}' changed while it was being written: read again.", lead.Name);
                lead = new LeadRecord(service.Retrieve(Tables.Lead, lead.Id, LeadRecord.Columns));
            }
        }
    }
}
