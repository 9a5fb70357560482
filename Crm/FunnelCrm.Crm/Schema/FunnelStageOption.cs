namespace FunnelCrm.Crm.Schema;

/// <summary>Funnel stage: the values of the global choice fcm_funnelstage.</summary>
public static class FunnelStageOption
{
    /// <summary>The global choice's name.</summary>
    public const string OptionSetName = "fcm_funnelstage";

    /// <summary>Known (Bekannt).</summary>
    public const int Known = 742100000;

    /// <summary>Engaged (Engagiert).</summary>
    public const int Engaged = 742100001;

    /// <summary>MQL (MQL).</summary>
    public const int Mql = 742100002;

    /// <summary>SAL (SAL).</summary>
    public const int Sal = 742100003;

    /// <summary>SQL (SQL).</summary>
    public const int Sql = 742100004;

    /// <summary>Opportunity (Verkaufschance).</summary>
    public const int Opportunity = 742100005;

    /// <summary>Won (Gewonnen).</summary>
    public const int Won = 742100006;

    /// <summary>Lost (Verloren).</summary>
    public const int Lost = 742100007;

    /// <summary>Recycled (Zurückgestellt).</summary>
    public const int Recycled = 742100008;

    /// <summary>Disqualified (Disqualifiziert).</summary>
    public const int Disqualified = 742100009;
}
