namespace FunnelCrm.Crm.Schema;

/// <summary>The funnel snapshot table: per period and stage, the counters behind volume, conversion and velocity.</summary>
public static class FunnelSnapshotColumns
{
    /// <summary>The table's logical name.</summary>
    public const string Table = "fcm_funnelsnapshot";

    /// <summary>The primary key.</summary>
    public const string Id = "fcm_funnelsnapshotid";

    /// <summary>Primary name.</summary>
    public const string Name = "fcm_name";

    /// <summary>Alternate key: period kind, period start and stage.</summary>
    public const string Key = "fcm_key";

    /// <summary>Period kind (option set fcm_snapshotperiod).</summary>
    public const string Period = "fcm_period";

    /// <summary>First day of the period.</summary>
    public const string PeriodStart = "fcm_periodstart";

    /// <summary>Stage (option set fcm_funnelstage).</summary>
    public const string Stage = "fcm_stage";

    /// <summary>Net-new leads that first entered the stage in the period.</summary>
    public const string Volume = "fcm_volume";

    /// <summary>Of those, how many reached a later stage.</summary>
    public const string ConversionNumerator = "fcm_conversionnumerator";

    /// <summary>The cohort the conversion is measured on.</summary>
    public const string ConversionDenominator = "fcm_conversiondenominator";

    /// <summary>Numerator divided by denominator (empty when the denominator is 0).</summary>
    public const string ConversionRate = "fcm_conversionrate";

    /// <summary>Sum of days to the next stage.</summary>
    public const string VelocitySumDays = "fcm_velocitysumdays";

    /// <summary>How many leads the velocity sum counts.</summary>
    public const string VelocityCount = "fcm_velocitycount";

    /// <summary>Mean days to the next stage.</summary>
    public const string VelocityMeanDays = "fcm_velocitymeandays";
}
