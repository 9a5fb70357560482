namespace FunnelCrm.Crm.Schema;

/// <summary>Columns of fcm_funnelsettings (funnel settings).</summary>
public static class FunnelSettingsColumns
{
    /// <summary>Primary key.</summary>
    public const string Id = "fcm_funnelsettingsid";

    /// <summary>Status (active/inactive; open/completed/canceled for the activity).</summary>
    public const string StateCode = "statecode";

    /// <summary>Status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Created on.</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Name (text, 200 characters).</summary>
    public const string Name = "fcm_name";

    /// <summary>MQL threshold (whole number).</summary>
    public const string MqlThreshold = "fcm_mqlthreshold";

    /// <summary>Minimum fit score (whole number).</summary>
    public const string MinimumFitScore = "fcm_minimumfitscore";

    /// <summary>Behaviour half-life (days) (decimal).</summary>
    public const string HalfLifeDays = "fcm_halflifedays";

    /// <summary>Accept SLA (hours) (whole number).</summary>
    public const string AcceptSlaHours = "fcm_acceptslahours";

    /// <summary>Follow-up SLA (hours) (whole number).</summary>
    public const string FollowUpSlaHours = "fcm_followupslahours";

    /// <summary>Count business hours only (yes/no).</summary>
    public const string BusinessHoursOnly = "fcm_businesshoursonly";

    /// <summary>Working hours (text, 200 characters).</summary>
    public const string WorkingHours = "fcm_workinghours";

    /// <summary>Time zone (whole number).</summary>
    public const string TimeZoneCode = "fcm_timezonecode";

    /// <summary>BANT items required for SQL (text, 200 characters).</summary>
    public const string SqlBantItems = "fcm_sqlbantitems";

    /// <summary>BANT items required for opportunity (text, 200 characters).</summary>
    public const string OpportunityBantItems = "fcm_opportunitybantitems";

    /// <summary>Routing mode (choice fcm_routingmode).</summary>
    public const string RoutingMode = "fcm_routingmode";

    /// <summary>Routing team (lookup to team).</summary>
    public const string RoutingTeamId = "fcm_routingteamid";

    /// <summary>Round robin position (whole number).</summary>
    public const string RoundRobinIndex = "fcm_roundrobinindex";

    /// <summary>Recycle on SLA breach (yes/no).</summary>
    public const string RecycleOnSlaBreach = "fcm_recycleonslabreach";

    /// <summary>Recycle score factor (decimal).</summary>
    public const string RecycleFactor = "fcm_recyclefactor";

    /// <summary>Grade bands (text, 200 characters).</summary>
    public const string GradeBands = "fcm_gradebands";

    /// <summary>Scoring model version (text, 50 characters).</summary>
    public const string ModelVersion = "fcm_modelversion";
}
