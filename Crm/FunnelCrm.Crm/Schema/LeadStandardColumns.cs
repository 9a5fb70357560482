namespace FunnelCrm.Crm.Schema;

/// <summary>
/// Dataverse's own lead columns that FunnelCrm reads (identity, ownership, state and the BANT columns).
/// BANT option values: budgetstatus 0 No Committed Budget, 1 May Buy, 2 Can Buy, 3 Will Buy; purchaseprocess 0 Individual,
/// 1 Committee, 2 Unknown; need 0 Must have, 1 Should have, 2 Good to have, 3 No need; purchasetimeframe 0 Immediate,
/// 1 This Quarter, 2 Next Quarter, 3 This Year, 4 Unknown. Null means "missing"; 0 is a real value.
/// </summary>
public static class LeadStandardColumns
{
    /// <summary>Primary key.</summary>
    public const string Id = "leadid";

    /// <summary>Full name (the primary name).</summary>
    public const string FullName = "fullname";

    /// <summary>Topic.</summary>
    public const string Subject = "subject";

    /// <summary>Email (the address marketing signals are matched by).</summary>
    public const string EmailAddress = "emailaddress1";

    /// <summary>Last name.</summary>
    public const string LastName = "lastname";

    /// <summary>Company name.</summary>
    public const string CompanyName = "companyname";

    /// <summary>Owner.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>Status: 0 Open, 1 Qualified, 2 Disqualified.</summary>
    public const string StateCode = "statecode";

    /// <summary>Status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Currency of the money columns.</summary>
    public const string TransactionCurrencyId = "transactioncurrencyid";

    /// <summary>Budget amount in the lead's currency.</summary>
    public const string BudgetAmount = "budgetamount";

    /// <summary>Budget amount in the base currency (use this for thresholds).</summary>
    public const string BudgetAmountBase = "budgetamount_base";

    /// <summary>Annual revenue in the base currency.</summary>
    public const string RevenueBase = "revenue_base";

    /// <summary>Budget status (choice).</summary>
    public const string BudgetStatus = "budgetstatus";

    /// <summary>Decision maker? (yes/no).</summary>
    public const string DecisionMaker = "decisionmaker";

    /// <summary>Purchase process (choice).</summary>
    public const string PurchaseProcess = "purchaseprocess";

    /// <summary>Need (choice).</summary>
    public const string Need = "need";

    /// <summary>Purchase timeframe (choice).</summary>
    public const string PurchaseTimeframe = "purchasetimeframe";

    /// <summary>The opportunity QualifyLead created from this lead.</summary>
    public const string QualifyingOpportunityId = "qualifyingopportunityid";

    /// <summary>Set on a lead merged into another: the master lead it was merged into.</summary>
    public const string MasterId = "masterid";

    /// <summary>When the lead was created.</summary>
    public const string CreatedOn = "createdon";
}
