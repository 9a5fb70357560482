namespace FunnelCrm.Crm.Schema;

/// <summary>The lead table and the columns FunnelCrm reads and writes on it.</summary>
public static class LeadColumns
{
    /// <summary>The table's logical name.</summary>
    public const string Table = "lead";

    /// <summary>The primary key.</summary>
    public const string Id = "leadid";

    /// <summary>Full name (primary name).</summary>
    public const string FullName = "fullname";

    /// <summary>Company name.</summary>
    public const string CompanyName = "companyname";

    /// <summary>Primary email address.</summary>
    public const string Email = "emailaddress1";

    /// <summary>Owner.</summary>
    public const string Owner = "ownerid";

    /// <summary>State (0 open, 1 qualified, 2 disqualified).</summary>
    public const string State = "statecode";

    /// <summary>Status reason.</summary>
    public const string Status = "statuscode";

    /// <summary>Total score (behaviour decayed to the scored-on time plus fit), rounded.</summary>
    public const string Score = "fcm_score";

    /// <summary>Behaviour score, valid as of <see cref="ScoredOn"/>.</summary>
    public const string BehaviourScore = "fcm_behaviourscore";

    /// <summary>Fit score (profile and negative rules).</summary>
    public const string FitScore = "fcm_fitscore";

    /// <summary>When the behaviour score was last computed.</summary>
    public const string ScoredOn = "fcm_scoredon";

    /// <summary>Grade A-D from the fit score.</summary>
    public const string Grade = "fcm_grade";

    /// <summary>Funnel stage.</summary>
    public const string Stage = "fcm_stage";

    /// <summary>What moved the lead into its stage.</summary>
    public const string StageTrigger = "fcm_stagetrigger";

    /// <summary>Why the lead is in its stage, in words.</summary>
    public const string StageReason = "fcm_stagereason";

    /// <summary>When the lead entered its stage.</summary>
    public const string StageEnteredOn = "fcm_stageenteredon";

    /// <summary>When the lead first became an MQL.</summary>
    public const string MqlOn = "fcm_mqlon";

    /// <summary>When the lead was first accepted (SAL).</summary>
    public const string SalOn = "fcm_salon";

    /// <summary>When the lead was first qualified to SQL.</summary>
    public const string SqlOn = "fcm_sqlon";

    /// <summary>When the running SLA is due.</summary>
    public const string SlaDueOn = "fcm_sladueon";

    /// <summary>The top score contributions as text.</summary>
    public const string ScoreExplanation = "fcm_scoreexplanation";

    /// <summary>How often the lead was recycled.</summary>
    public const string RecycleCount = "fcm_recyclecount";

    /// <summary>Why a rep rejected the lead (option set fcm_rejectionreason).</summary>
    public const string RejectionReason = "fcm_rejectionreason";

    /// <summary>Why the lead was disqualified, in words.</summary>
    public const string DisqualificationReason = "fcm_disqualificationreason";

    /// <summary>The scoring ledger: frequency-cap windows and recycle marks.</summary>
    public const string CapWindows = "fcm_capwindows";

    /// <summary>When the lead last engaged (the latest activity that earned points): inactivity and cap horizon.</summary>
    public const string LastEngagementOn = "fcm_lastengagementon";

    /// <summary>The largest behaviour contributions kept for the explanation, one per line (see <c>TopContributions</c>).</summary>
    public const string TopContributions = "fcm_topcontributions";

    /// <summary>On sales' target account list.</summary>
    public const string TargetAccount = "fcm_targetaccount";

    /// <summary>The scoring model version that last scored the lead.</summary>
    public const string ModelVersion = "fcm_modelversion";
}
