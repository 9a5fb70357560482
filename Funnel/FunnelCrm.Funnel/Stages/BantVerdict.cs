namespace FunnelCrm.Funnel.Stages
{
    /// <summary>The judgement on one BANT item.</summary>
    public enum BantVerdict
    {
        /// <summary>The item is known and good enough.</summary>
        Pass = 0,

        /// <summary>The item is known and not good enough (e.g. No Committed Budget).</summary>
        Fail = 1,

        /// <summary>The columns are empty (null); 0 is a value, not missing.</summary>
        Missing = 2,
    }
}
