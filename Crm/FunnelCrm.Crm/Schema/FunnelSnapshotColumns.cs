namespace FunnelCrm.Crm.Schema;

/// <summary>Columns of fcm_funnelsnapshot (funnel snapshot).</summary>
public static class FunnelSnapshotColumns
{
    /// <summary>Primary key.</summary>
    public const string Id = "fcm_funnelsnapshotid";

    /// <summary>Status (active/inactive; open/completed/canceled for the activity).</summary>
    public const string StateCode = "statecode";

    /// <summary>Status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Created on.</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Name (text, 200 characters).</summary>
    public const string Name = "fcm_name";

    /// <summary>Key (text, 100 characters).</summary>
    public const string Key = "fcm_key";

    /// <summary>Period (choice fcm_snapshotperiod).</summary>
    public const string Period = "fcm_period";

    /// <summary>Period start (date only).</summary>
    public const string PeriodStart = "fcm_periodstart";

    /// <summary>Stage (choice fcm_funnelstage).</summary>
    public const string Stage = "fcm_stage";

    /// <summary>Volume (whole number).</summary>
    public const string Volume = "fcm_volume";

    /// <summary>Converted (whole number).</summary>
    public const string ConversionNumerator = "fcm_conversionnumerator";

    /// <summary>Entered (whole number).</summary>
    public const string ConversionDenominator = "fcm_conversiondenominator";

    /// <summary>Conversion rate (decimal).</summary>
    public const string ConversionRate = "fcm_conversionrate";

    /// <summary>Velocity sum (days) (decimal).</summary>
    public const string VelocitySumDays = "fcm_velocitysumdays";

    /// <summary>Velocity count (whole number).</summary>
    public const string VelocityCount = "fcm_velocitycount";

    /// <summary>Mean velocity (days) (decimal).</summary>
    public const string VelocityMeanDays = "fcm_velocitymeandays";
}
