using System.Collections.Generic;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>
    /// How the BANT gate judges each item and which items SQL and Opportunity require. Defaults: No Committed Budget
    /// (budgetstatus 0), No need (need 3), Unknown purchase process (2) and Unknown time frame (4) fail; SQL requires
    /// Budget, Need and Timeline; Opportunity requires all four.
    /// </summary>
    public sealed class BantSettings
    {
        /// <summary>Budget status values that fail Budget (default 0, No Committed Budget).</summary>
        public List<int> FailingBudgetStatuses { get; set; } = new List<int> { 0 };

        /// <summary>When set, a budget amount below it fails Budget.</summary>
        public decimal? MinimumBudgetAmount { get; set; }

        /// <summary>When true, Authority passes only for a decision maker; otherwise a known purchase process also passes.</summary>
        public bool RequireDecisionMaker { get; set; }

        /// <summary>Purchase process values that fail Authority (default 2, Unknown).</summary>
        public List<int> FailingPurchaseProcesses { get; set; } = new List<int> { 2 };

        /// <summary>Need values that fail Need (default 3, No need).</summary>
        public List<int> FailingNeeds { get; set; } = new List<int> { 3 };

        /// <summary>Purchase time frame values that fail Timeline (default 4, Unknown).</summary>
        public List<int> FailingTimeframes { get; set; } = new List<int> { 4 };

        /// <summary>Items SQL requires (default Budget, Need, Timeline).</summary>
        public List<BantItem> RequiredForSql { get; set; } = new List<BantItem> { BantItem.Budget, BantItem.Need, BantItem.Timeline };

        /// <summary>Items Opportunity requires (default all four).</summary>
        public List<BantItem> RequiredForOpportunity { get; set; } = new List<BantItem> { BantItem.Budget, BantItem.Authority, BantItem.Need, BantItem.Timeline };
    }
}
