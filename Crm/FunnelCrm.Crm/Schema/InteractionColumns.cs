namespace FunnelCrm.Crm.Schema;

/// <summary>Columns of fcm_interaction (interaction). The stamp columns are in ActivityStampColumns.</summary>
public static class InteractionColumns
{
    /// <summary>Primary key.</summary>
    public const string Id = "activityid";

    /// <summary>Primary name (subject).</summary>
    public const string Subject = "subject";

    /// <summary>The row the interaction is about (the lead).</summary>
    public const string RegardingObjectId = "regardingobjectid";

    /// <summary>Description.</summary>
    public const string Description = "description";

    /// <summary>Status (active/inactive; open/completed/canceled for the activity).</summary>
    public const string StateCode = "statecode";

    /// <summary>Status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Owner.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>Created on.</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Interaction type (choice fcm_interactiontype).</summary>
    public const string InteractionType = "fcm_interactiontype";

    /// <summary>Source system (text, 100 characters).</summary>
    public const string SourceSystem = "fcm_sourcesystem";

    /// <summary>External id (text, 100 characters).</summary>
    public const string ExternalId = "fcm_externalid";

    /// <summary>Occurred on (date and time, UTC).</summary>
    public const string OccurredOn = "fcm_occurredon";
}
