namespace FunnelCrm.Crm.Schema;

/// <summary>The activity tables FunnelCrm scores, and the standard activity columns it reads.</summary>
public static class ActivityTables
{
    /// <summary>Email.</summary>
    public const string Email = "email";

    /// <summary>Phone call.</summary>
    public const string PhoneCall = "phonecall";

    /// <summary>Appointment.</summary>
    public const string Appointment = "appointment";

    /// <summary>Task.</summary>
    public const string Task = "task";

    /// <summary>Campaign response.</summary>
    public const string CampaignResponse = "campaignresponse";

    /// <summary>FunnelCrm's interaction activity.</summary>
    public const string Interaction = InteractionColumns.Table;

    /// <summary>Every scored activity table.</summary>
    public static readonly string[] Scored = { Email, PhoneCall, Appointment, Task, CampaignResponse, Interaction };

    /// <summary>The activity's primary key.</summary>
    public const string ActivityId = "activityid";

    /// <summary>Regarding (the lead for most tables; a campaign for campaign responses).</summary>
    public const string Regarding = "regardingobjectid";

    /// <summary>Direction: true = outgoing (email, phone call).</summary>
    public const string DirectionCode = "directioncode";

    /// <summary>State (0 open, 1 completed, 2 canceled, 3 scheduled for appointments).</summary>
    public const string State = "statecode";

    /// <summary>When the activity actually ended.</summary>
    public const string ActualEnd = "actualend";

    /// <summary>Scheduled start.</summary>
    public const string ScheduledStart = "scheduledstart";

    /// <summary>Created on.</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Email sender party list.</summary>
    public const string From = "from";

    /// <summary>Email recipients party list.</summary>
    public const string To = "to";

    /// <summary>Appointment required attendees party list.</summary>
    public const string RequiredAttendees = "requiredattendees";

    /// <summary>Campaign response customer party list.</summary>
    public const string Customer = "customer";

    /// <summary>The party column of an activity party.</summary>
    public const string PartyId = "partyid";

    /// <summary>Subject.</summary>
    public const string Subject = "subject";
}
