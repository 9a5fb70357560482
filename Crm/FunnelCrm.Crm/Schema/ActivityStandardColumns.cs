namespace FunnelCrm.Crm.Schema;

/// <summary>
/// Dataverse's own activity columns that scoring reads to find an activity's lead and decide whether it counts.
/// Which column holds the lead depends on the table: regardingobjectid for most, the party lists for email
/// (to/from), appointment (required attendees) and campaignresponse (customer, since its regarding is the campaign).
/// </summary>
public static class ActivityStandardColumns
{
    /// <summary>Primary key of every activity table.</summary>
    public const string ActivityId = "activityid";

    /// <summary>Subject.</summary>
    public const string Subject = "subject";

    /// <summary>The row the activity is about.</summary>
    public const string RegardingObjectId = "regardingobjectid";

    /// <summary>Direction (email, phone call): true outgoing, false incoming.</summary>
    public const string DirectionCode = "directioncode";

    /// <summary>Status: 0 Open, 1 Completed, 2 Canceled (campaign response: 0 Open, 1 Closed, 2 Canceled).</summary>
    public const string StateCode = "statecode";

    /// <summary>Status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Owner.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>Actual end (when the activity happened).</summary>
    public const string ActualEnd = "actualend";

    /// <summary>Created on.</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Email and phone call recipients (party list).</summary>
    public const string To = "to";

    /// <summary>Email and phone call sender (party list).</summary>
    public const string From = "from";

    /// <summary>Email copy recipients (party list).</summary>
    public const string Cc = "cc";

    /// <summary>Appointment required attendees (party list).</summary>
    public const string RequiredAttendees = "requiredattendees";

    /// <summary>Campaign response customer (party list).</summary>
    public const string Customer = "customer";
}
