namespace FunnelCrm.Funnel.Stages
{
    /// <summary>The lead columns the BANT gate reads (Dataverse's own lead columns).</summary>
    public static class BantColumns
    {
        /// <summary>Budget amount (money, base currency).</summary>
        public const string BudgetAmount = "budgetamount";

        /// <summary>Budget status: 0 No Committed Budget, 1 May Buy, 2 Can Buy, 3 Will Buy.</summary>
        public const string BudgetStatus = "budgetstatus";

        /// <summary>Decision maker (yes/no).</summary>
        public const string DecisionMaker = "decisionmaker";

        /// <summary>Purchase process: 0 Individual, 1 Committee, 2 Unknown.</summary>
        public const string PurchaseProcess = "purchaseprocess";

        /// <summary>Need: 0 Must have, 1 Should have, 2 Good to have, 3 No need.</summary>
        public const string Need = "need";

        /// <summary>Purchase time frame: 0 Immediate, 1 This Quarter, 2 Next Quarter, 3 This Year, 4 Unknown.</summary>
        public const string PurchaseTimeframe = "purchasetimeframe";
    }
}
