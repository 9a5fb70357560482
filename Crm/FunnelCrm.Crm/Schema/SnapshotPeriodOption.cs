namespace FunnelCrm.Crm.Schema;

/// <summary>Snapshot period: the values of the global choice fcm_snapshotperiod.</summary>
public static class SnapshotPeriodOption
{
    /// <summary>The global choice's name.</summary>
    public const string OptionSetName = "fcm_snapshotperiod";

    /// <summary>Day (Tag).</summary>
    public const int Day = 742100000;

    /// <summary>Week (Woche).</summary>
    public const int Week = 742100001;

    /// <summary>Month (Monat).</summary>
    public const int Month = 742100002;

    /// <summary>Quarter (Quartal).</summary>
    public const int Quarter = 742100003;
}
