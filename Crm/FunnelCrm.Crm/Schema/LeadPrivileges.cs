namespace FunnelCrm.Crm.Schema;

/// <summary>The lead privileges FunnelCrm's custom APIs require of their callers (Dataverse's own privilege names).</summary>
public static class LeadPrivileges
{
    /// <summary>Update leads: held by FunnelCrm Sales Rep and FunnelCrm Admin, not by FunnelCrm Marketing.</summary>
    public const string Write = "prvWriteLead";

    /// <summary>Read leads: held by all three FunnelCrm roles.</summary>
    public const string Read = "prvReadLead";
}
