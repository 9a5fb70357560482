using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Scoring;

/// <summary>
/// Adds an activity's points to its lead, or takes them away: lock the lead (an update with no columns takes its row
/// lock until the transaction ends), read it, write score, grade, explanation and, when the score moves the lead, the
/// stage. Three calls, through SYSTEM; two activities for one lead at once lose nothing. A lead merged into another
/// passes the change to its master (whose points the merge moved there): two more calls.
/// </summary>
internal static class LeadActivityScorer
{
    /// <summary>Scores <paramref name="activity"/> for the lead and returns the stamp to write on the activity.</summary>
    public static ActivityStamp? Add(LocalPluginContext context, FunnelConfiguration configuration, Guid leadId, ScoredActivity activity) =>
        Change(context, configuration, leadId, activity, adding: true);

    /// <summary>Takes the stamped contribution of <paramref name="activity"/> away from the lead.</summary>
    public static void Remove(LocalPluginContext context, FunnelConfiguration configuration, Guid leadId, ScoredActivity activity) =>
        Change(context, configuration, leadId, activity, adding: false);

    /// <summary>
    /// Scores <paramref name="activity"/> once for each of its leads, in id order (the order every step locks several
    /// leads in), and returns the stamp to write on the activity: the most points any of them got (a closed lead gets
    /// none, and caps count per lead).
    /// </summary>
    public static ActivityStamp? AddToEach(LocalPluginContext context, FunnelConfiguration configuration, IEnumerable<Guid> leadIds, ScoredActivity activity)
    {
        ActivityStamp? stamp = null;
        foreach (var leadId in leadIds.Distinct().OrderBy(id => id))
        {
            stamp = Larger(stamp, Add(context, configuration, leadId, activity));
        }

        return stamp;
    }

    /// <summary>The stamp with more points (the one that is there when the other is null).</summary>
    public static ActivityStamp? Larger(ActivityStamp? first, ActivityStamp? second) =>
        first == null || (second != null && second.Points > first.Points) ? second : first;

    private static ActivityStamp? Change(LocalPluginContext context, FunnelConfiguration configuration, Guid leadId, ScoredActivity activity, bool adding)
    {
        var now = context.Clock.UtcNow;
        var service = context.SystemService;
        service.Update(new Entity(Tables.Lead, leadId));
        var lead = new LeadRecord(service.Retrieve(Tables.Lead, leadId, LeadRecord.Columns));
        if (lead.MergedInto is Guid masterId)
        {
            context.Trace("Lead '{0}' was merged into another lead: the change counts for that lead.", lead.Name);
            leadId = masterId;
            service.Update(new Entity(Tables.Lead, leadId));
            lead = new LeadRecord(service.Retrieve(Tables.Lead, leadId, LeadRecord.Columns));
        }

        if (!lead.IsOpen)
        {
            context.Trace("Lead '{0}' is qualified or disqualified: its score stays as it is.", lead.Name);
            return adding ? new ActivityStamp(0, configuration.Engine.Version, now) : null;
        }

        var state = lead.ScoreState;
        var result = adding ? configuration.Engine.Score(state, activity, now) : configuration.Engine.Remove(state, activity, now);
        context.Trace("{0} {1} for lead '{2}': {3} ({4} points, rule {5}).", adding ? "Scored" : "Removed", activity.Table, lead.Name, result.Outcome, activity.Stamp?.Points ?? result.Stamp?.Points ?? 0, result.RuleId ?? "none");
        if (!result.Changed)
        {
            return result.Stamp ?? activity.Stamp;
        }

        var top = adding
            ? lead.TopContributions.With(activity.WithStamp(result.Stamp), configuration.Engine, result.State, now)
            : lead.TopContributions.Without(activity.Id);
        var update = new Entity(Tables.Lead, leadId);
        var card = LeadScoreColumns.Write(update, configuration, result.State, top, lead, now);
        if (adding)
        {
            var engaging = (result.Stamp?.Points ?? 0) > 0;
            var move = configuration.Stages.Apply(lead.FunnelState(card.Total, card.Fit), StageEvent.Activity(now, engaging));
            if (move.Moved && move.Transition != null)
            {
                context.Trace("Lead '{0}' moves from {1} to {2}: {3}", lead.Name, move.Transition.From?.ToString() ?? "(none)", move.Transition.To, move.Transition.Reason);
                StageColumns.Write(update, move.Transition);
            }
        }

        service.Update(update);
        return result.Stamp;
    }
}
