using System;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Crm.Schema;

namespace FunnelCrm.Plugins.RepActions;

/// <summary>
/// fcm_ExplainScore (a function: reads, writes nothing): the lead's score as of now with its parts, grade and the
/// explanation a rep reads, largest contribution first; the command bar's Explain score. The behaviour part is decayed
/// to the call's time, so the answer is current between two scorings (<see cref="ScoreNow"/>, what scoring stores).
/// </summary>
[CustomApi(Name, Binding = CustomApiBinding.Entity, BoundTable = Tables.Lead, IsFunction = true, ExecutePrivilegeName = LeadPrivileges.Read,
    DisplayName = "Explain score", GermanDisplayName = "Score erklären",
    Description = "The lead's score now, its parts and why.", GermanDescription = "Der aktuelle Score des Leads, seine Teile und warum.")]
[CustomApiResponse(Score, CustomApiFieldType.Integer, DisplayName = "Score", GermanDisplayName = "Score",
    Description = "Behaviour plus fit, rounded.", GermanDescription = "Verhalten plus Passung, gerundet.")]
[CustomApiResponse(BehaviourScore, CustomApiFieldType.Decimal, DisplayName = "Behaviour score", GermanDisplayName = "Verhaltensscore",
    Description = "The behaviour part, decayed to now.", GermanDescription = "Der Verhaltensanteil, bis jetzt abgeklungen.")]
[CustomApiResponse(FitScore, CustomApiFieldType.Decimal, DisplayName = "Fit score", GermanDisplayName = "Passungsscore",
    Description = "The profile part (fit and negative criteria).", GermanDescription = "Der Profilanteil (Passung und Ausschlusskriterien).")]
[CustomApiResponse(Grade, CustomApiFieldType.String, DisplayName = "Grade", GermanDisplayName = "Note",
    Description = "A, B, C or D from the fit.", GermanDescription = "A, B, C oder D aus der Passung.")]
[CustomApiResponse(Explanation, CustomApiFieldType.StringArray, DisplayName = "Explanation", GermanDisplayName = "Erklärung",
    Description = "The largest contributions and penalties in words.", GermanDescription = "Die größten Beiträge und Abzüge in Worten.")]
public sealed class ExplainScoreApi : PluginBase
{
    /// <summary>The message name.</summary>
    public const string Name = "fcm_ExplainScore";

    /// <summary>Response: the score.</summary>
    public const string Score = "Score";

    /// <summary>Response: the behaviour part.</summary>
    public const string BehaviourScore = "BehaviourScore";

    /// <summary>Response: the fit part.</summary>
    public const string FitScore = "FitScore";

    /// <summary>Response: the grade.</summary>
    public const string Grade = "Grade";

    /// <summary>Response: the explanation lines.</summary>
    public const string Explanation = "Explanation";

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var lead = RepApi.Lead(context);
        var score = ScoreNow.Of(FunnelConfigurationSource.For(context), lead, context.Clock.UtcNow);
        var output = context.Context.OutputParameters;
        output[Score] = score.Score;
        output[BehaviourScore] = Math.Round((decimal)score.Card.Behaviour, 1);
        output[FitScore] = Math.Round((decimal)score.Card.Fit, 1);
        output[Grade] = score.Grade.ToString();
        output[Explanation] = score.Lines.ToArray();
    }
}
