namespace FunnelCrm.Crm.Schema;

/// <summary>Schema names of FunnelCrm's one-to-many relationships.</summary>
public static class Relationships
{
    /// <summary>Lead to its stage transitions; deleting a lead deletes its transition rows (cascade delete).</summary>
    public const string LeadStageTransitions = "fcm_lead_fcm_stagetransition_leadid";

    /// <summary>Opportunity to the transitions of its originating lead after qualification (delete removes the link).</summary>
    public const string OpportunityStageTransitions = "fcm_opportunity_fcm_stagetransition_opportunityid";

    /// <summary>User who moved the lead (delete removes the link).</summary>
    public const string UserStageTransitions = "fcm_systemuser_fcm_stagetransition_movedby";

    /// <summary>Team that new MQLs are routed to (delete removes the link).</summary>
    public const string TeamFunnelSettings = "fcm_team_fcm_funnelsettings_routingteamid";
}
