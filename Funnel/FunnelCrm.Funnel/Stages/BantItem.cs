namespace FunnelCrm.Funnel.Stages
{
    /// <summary>The four BANT items.</summary>
    public enum BantItem
    {
        /// <summary>Budget (budgetstatus, budgetamount).</summary>
        Budget = 0,

        /// <summary>Authority (decisionmaker, purchaseprocess).</summary>
        Authority = 1,

        /// <summary>Need (need).</summary>
        Need = 2,

        /// <summary>Timeline (purchasetimeframe).</summary>
        Timeline = 3,
    }
}
