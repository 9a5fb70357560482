namespace FunnelCrm.Crm.Schema;

/// <summary>Logical names of the tables FunnelCrm reads and writes.</summary>
public static class Tables
{
    /// <summary>Dynamics 365 Sales lead.</summary>
    public const string Lead = "lead";

    /// <summary>Dynamics 365 Sales opportunity.</summary>
    public const string Opportunity = "opportunity";

    /// <summary>The opportunity close activity Win and Lose create (standard).</summary>
    public const string OpportunityClose = "opportunityclose";

    /// <summary>Email activity.</summary>
    public const string Email = "email";

    /// <summary>Phone call activity.</summary>
    public const string PhoneCall = "phonecall";

    /// <summary>Appointment activity.</summary>
    public const string Appointment = "appointment";

    /// <summary>Task activity.</summary>
    public const string Task = "task";

    /// <summary>Campaign response activity (its regarding is the campaign).</summary>
    public const string CampaignResponse = "campaignresponse";

    /// <summary>Team (routing target).</summary>
    public const string Team = "team";

    /// <summary>User.</summary>
    public const string SystemUser = "systemuser";

    /// <summary>A rule of the lead scoring model: what earns or costs points.</summary>
    public const string ScoringRule = "fcm_scoringrule";

    /// <summary>The one row of funnel settings: thresholds, SLAs, BANT gates, routing.</summary>
    public const string FunnelSettings = "fcm_funnelsettings";

    /// <summary>One immutable row per funnel stage move of a lead.</summary>
    public const string StageTransition = "fcm_stagetransition";

    /// <summary>Volume, conversion and velocity of one stage in one period.</summary>
    public const string FunnelSnapshot = "fcm_funnelsnapshot";

    /// <summary>A marketing touch that is not an email, call or appointment (web visit, download, webinar, event, chat).</summary>
    public const string Interaction = "fcm_interaction";
}
