namespace FunnelCrm.Crm.Schema;

/// <summary>Lead grade (from fit): the values of the global choice fcm_grade.</summary>
public static class GradeOption
{
    /// <summary>The global choice's name.</summary>
    public const string OptionSetName = "fcm_grade";

    /// <summary>A (A).</summary>
    public const int A = 742100000;

    /// <summary>B (B).</summary>
    public const int B = 742100001;

    /// <summary>C (C).</summary>
    public const int C = 742100002;

    /// <summary>D (D).</summary>
    public const int D = 742100003;
}
