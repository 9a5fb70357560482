namespace FunnelCrm.Crm.Schema;

/// <summary>FunnelCrm's columns on the lead table (Dataverse's own lead columns are in LeadStandardColumns).</summary>
public static class LeadColumns
{
    /// <summary>Lead score (whole number).</summary>
    public const string Score = "fcm_score";

    /// <summary>Behaviour score (floating point).</summary>
    public const string BehaviourScore = "fcm_behaviourscore";

    /// <summary>Fit score (whole number).</summary>
    public const string FitScore = "fcm_fitscore";

    /// <summary>Scored on (date and time, UTC).</summary>
    public const string ScoredOn = "fcm_scoredon";

    /// <summary>Grade (choice fcm_grade).</summary>
    public const string Grade = "fcm_grade";

    /// <summary>Funnel stage (choice fcm_funnelstage).</summary>
    public const string Stage = "fcm_stage";

    /// <summary>Stage trigger (choice fcm_stagetrigger).</summary>
    public const string StageTrigger = "fcm_stagetrigger";

    /// <summary>Stage reason (text, 400 characters).</summary>
    public const string StageReason = "fcm_stagereason";

    /// <summary>Stage entered on (date and time, UTC).</summary>
    public const string StageEnteredOn = "fcm_stageenteredon";

    /// <summary>MQL on (date and time, UTC).</summary>
    public const string MqlOn = "fcm_mqlon";

    /// <summary>SAL on (date and time, UTC).</summary>
    public const string SalOn = "fcm_salon";

    /// <summary>SQL on (date and time, UTC).</summary>
    public const string SqlOn = "fcm_sqlon";

    /// <summary>SLA due on (date and time, UTC).</summary>
    public const string SlaDueOn = "fcm_sladueon";

    /// <summary>Score explanation (multiline text, 2000 characters).</summary>
    public const string ScoreExplanation = "fcm_scoreexplanation";

    /// <summary>Recycle count (whole number).</summary>
    public const string RecycleCount = "fcm_recyclecount";

    /// <summary>Rejection reason (choice fcm_rejectionreason).</summary>
    public const string RejectionReason = "fcm_rejectionreason";

    /// <summary>Disqualification reason (text, 400 characters).</summary>
    public const string DisqualificationReason = "fcm_disqualificationreason";

    /// <summary>Frequency cap state (multiline text, 4000 characters).</summary>
    public const string CapWindows = "fcm_capwindows";

    /// <summary>On target account list (yes/no).</summary>
    public const string TargetAccount = "fcm_targetaccount";

    /// <summary>Scoring model version (text, 50 characters).</summary>
    public const string ModelVersion = "fcm_modelversion";

    /// <summary>When the lead last engaged (the latest activity that earned points): inactivity and the cap horizon.</summary>
    public const string LastEngagementOn = "fcm_lastengagementon";

    /// <summary>The largest behaviour contributions kept for the explanation, one per line.</summary>
    public const string TopContributions = "fcm_topcontributions";
}
