using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// A lead's score as of one instant, with its parts and the explanation a rep reads: the behaviour part decayed to the
/// instant, the fit part and grade from the profile, and the largest contributions and penalties in words. What the
/// lead's score columns store when scoring writes them, and what "explain score" shows between two scorings.
/// </summary>
public sealed class ScoreNow
{
    private ScoreNow(ScoreCard card, char grade, ScoreExplanation explanation)
    {
        Card = card;
        Grade = grade;
        Explanation = explanation;
    }

    /// <summary>Behaviour, fit and total as of the instant.</summary>
    public ScoreCard Card { get; }

    /// <summary>The total as the lead's score column holds it (rounded).</summary>
    public int Score => (int)Math.Round(Card.Total);

    /// <summary>A, B, C or D from the profile.</summary>
    public char Grade { get; }

    /// <summary>The largest contributions and penalties.</summary>
    public ScoreExplanation Explanation { get; }

    /// <summary>The explanation's sentences, largest first ("Requested a demo 7 days ago: +83").</summary>
    public IReadOnlyList<string> Lines => Explanation.Lines.Select(l => l.Sentence).ToList();

    /// <summary>The score of <paramref name="state"/> with the kept contributions <paramref name="top"/> and the lead's profile.</summary>
    public static ScoreNow Of(FunnelConfiguration configuration, LeadScoreState state, TopContributions top, LeadRecord lead, DateTime now)
    {
        var engine = configuration.Engine;
        var profile = engine.ScoreProfile(lead.Profile, state, now);
        return new ScoreNow(engine.Evaluate(state, now), profile.Grade, ScoreExplainer.Explain(engine, state, top.Activities, lead.Profile, now));
    }

    /// <summary>The lead's stored score brought up to <paramref name="now"/>.</summary>
    public static ScoreNow Of(FunnelConfiguration configuration, LeadRecord lead, DateTime now) =>
        Of(configuration, lead.ScoreState, lead.TopContributions, lead, now);
}
