namespace FunnelCrm.Crm.Schema;

/// <summary>The option value prefix of the FunnelCrm publisher: option values are 742100000 + n.</summary>
public static class OptionValues
{
    /// <summary>The first option value of every FunnelCrm option set.</summary>
    public const int Base = 742100000;
}
