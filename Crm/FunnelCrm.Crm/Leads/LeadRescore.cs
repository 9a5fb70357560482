using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// A lead brought up to now: the activities never scored are scored in the order they happened, the behaviour score
/// decayed to now, the profile rescored with the current model, the total and explanation rewritten, and a lead in the
/// funnel whose score now crosses a trigger moved (through the stage guard). A lead outside the funnel is scored but
/// not placed in it (the go-live migration places existing leads). A qualified or disqualified lead keeps its score:
/// its never-scored activities are stamped with 0 points, as activity scoring stamps them.
/// </summary>
public sealed class LeadRescore
{
    private LeadRescore(Entity? update, IReadOnlyList<Entity> stamps, bool moved, ScoreCard? card)
    {
        Update = update;
        Stamps = stamps;
        Moved = moved;
        Card = card;
    }

    /// <summary>The lead's score card as of now; null for a closed lead.</summary>
    public ScoreCard? Card { get; }

    /// <summary>The lead update (score columns, and the stage when it moves); null for a closed lead.</summary>
    public Entity? Update { get; }

    /// <summary>The stamp updates of the activities scored now.</summary>
    public IReadOnlyList<Entity> Stamps { get; }

    /// <summary>Whether the lead moves.</summary>
    public bool Moved { get; }

    /// <summary>Computes the rescore of <paramref name="lead"/> with its never-scored <paramref name="unscored"/> activities.</summary>
    public static LeadRescore Of(FunnelConfiguration configuration, LeadRecord lead, IEnumerable<Entity> unscored, DateTime now)
    {
        var engine = configuration.Engine;
        var state = lead.ScoreState;
        var top = lead.TopContributions;
        var stamps = new List<Entity>();
        foreach (var row in unscored.Select(r => new { Row = r, Activity = new ActivityRecord(r).ToScored(now) }).OrderBy(a => a.Activity.OccurredOn))
        {
            var scored = new ActivityStamp(0, engine.Version, now);
            if (lead.IsOpen)
            {
                var scoring = engine.Score(state, row.Activity, now);
                state = scoring.State;
                scored = scoring.Stamp ?? scored;
                top = top.With(row.Activity.WithStamp(scored), engine, state, now);
            }

            var stamp = new Entity(row.Row.LogicalName, row.Row.Id);
            ActivityRecord.WriteStamp(stamp, scored);
            stamps.Add(stamp);
        }

        if (!lead.IsOpen)
        {
            return new LeadRescore(null, stamps, false, null);
        }

        state = engine.ApplyProfile(state, lead.Profile, now);
        var update = new Entity(Tables.Lead, lead.Id) { RowVersion = lead.Row.RowVersion };
        var card = LeadScoreColumns.Write(update, configuration, state, top, lead, now);
        var moved = false;
        if (lead.Stage != null)
        {
            var move = configuration.Stages.Apply(lead.FunnelState(card.Total, card.Fit), StageEvent.ScoreChanged(now));
            if (move.Moved && move.Transition != null)
            {
                StageColumns.Write(update, move.Transition);
                moved = true;
            }
        }

        return new LeadRescore(update, stamps, moved, card);
    }
}
