namespace FunnelCrm.Crm.Schema;

/// <summary>The interaction activity: marketing touches that are not email, phone or appointment.</summary>
public static class InteractionColumns
{
    /// <summary>The table's logical name.</summary>
    public const string Table = "fcm_interaction";

    /// <summary>Interaction type (option set fcm_interactiontype).</summary>
    public const string InteractionType = "fcm_interactiontype";

    /// <summary>The system the interaction came from (alternate key, part 1).</summary>
    public const string SourceSystem = "fcm_sourcesystem";

    /// <summary>The id in that system (alternate key, part 2).</summary>
    public const string ExternalId = "fcm_externalid";

    /// <summary>When the interaction happened.</summary>
    public const string OccurredOn = "fcm_occurredon";
}
