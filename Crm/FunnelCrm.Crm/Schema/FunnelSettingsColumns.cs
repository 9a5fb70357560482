namespace FunnelCrm.Crm.Schema;

/// <summary>The funnel settings table: one row holds the funnel's configuration.</summary>
public static class FunnelSettingsColumns
{
    /// <summary>The table's logical name.</summary>
    public const string Table = "fcm_funnelsettings";

    /// <summary>The primary key.</summary>
    public const string Id = "fcm_funnelsettingsid";

    /// <summary>Primary name.</summary>
    public const string Name = "fcm_name";

    /// <summary>MQL threshold (points).</summary>
    public const string MqlThreshold = "fcm_mqlthreshold";

    /// <summary>Minimum fit score for MQL.</summary>
    public const string MinimumFitScore = "fcm_minimumfitscore";

    /// <summary>Behaviour score half-life in days.</summary>
    public const string HalfLifeDays = "fcm_halflifedays";

    /// <summary>Hours sales has to accept an MQL.</summary>
    public const string AcceptSlaHours = "fcm_acceptslahours";

    /// <summary>Hours to follow up a webinar attendee.</summary>
    public const string FollowUpSlaHours = "fcm_followupslahours";

    /// <summary>Whether SLAs count business hours only.</summary>
    public const string BusinessHoursOnly = "fcm_businesshoursonly";

    /// <summary>Working hours, e.g. "Mon-Fri 08:00-17:00".</summary>
    public const string WorkingHours = "fcm_workinghours";

    /// <summary>Dataverse time zone code of the working hours.</summary>
    public const string TimeZoneCode = "fcm_timezonecode";

    /// <summary>BANT items SQL requires, e.g. "Budget,Need,Timeline".</summary>
    public const string SqlBantItems = "fcm_sqlbantitems";

    /// <summary>BANT items Opportunity requires.</summary>
    public const string OpportunityBantItems = "fcm_opportunitybantitems";

    /// <summary>Routing mode on MQL (option set fcm_routingmode).</summary>
    public const string RoutingMode = "fcm_routingmode";

    /// <summary>The team MQLs are routed to.</summary>
    public const string RoutingTeam = "fcm_routingteamid";

    /// <summary>Round-robin cursor over the team's members.</summary>
    public const string RoundRobinIndex = "fcm_roundrobinindex";

    /// <summary>Whether a breached acceptance SLA recycles the lead.</summary>
    public const string RecycleOnSlaBreach = "fcm_recycleonslabreach";

    /// <summary>Factor the behaviour score is multiplied with on recycling.</summary>
    public const string RecycleFactor = "fcm_recyclefactor";

    /// <summary>Grade bands, e.g. "A=40;B=20;C=0".</summary>
    public const string GradeBands = "fcm_gradebands";

    /// <summary>The version of the scoring model the rules make up.</summary>
    public const string ModelVersion = "fcm_modelversion";
}
