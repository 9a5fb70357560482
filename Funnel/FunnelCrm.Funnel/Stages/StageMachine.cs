using System;
using System.Collections.Generic;
using System.Globalization;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>
    /// The transition function: (lead state, event) to a move with its record, no change, or a refusal naming what is
    /// missing. Automatic events that do not apply give <see cref="TransitionOutcome.Unchanged"/>; commands that are
    /// not allowed (accept a lead that is not MQL, qualify without BANT) give <see cref="TransitionOutcome.Refused"/>.
    /// <list type="bullet">
    /// <item>Created: no stage yet and an email address: Known (refused without an email address).</item>
    /// <item>Activity / ScoreChanged from Known, Engaged or Recycled: MQL when score &gt;= threshold and fit &gt;= minimum;
    /// otherwise an engaging activity moves Known or Recycled to Engaged.</item>
    /// <item>MeetingBooked or Accepted: MQL to SAL (Accepted is refused from other stages).</item>
    /// <item>Rejected (reason from the fixed list required): MQL, SAL or SQL to Recycled with the behaviour factor.</item>
    /// <item>Qualified: SAL to SQL when the SQL BANT items pass; SQL to Opportunity when the Opportunity items pass.</item>
    /// <item>BantChanged: SQL to Opportunity when the Opportunity items pass.</item>
    /// <item>OpportunityWon / OpportunityLost: Opportunity to Won / Lost.</item>
    /// <item>OpportunityReopened: Won or Lost back to Opportunity, never net-new.</item>
    /// <item>SlaBreached: MQL to Recycled when the settings recycle on breach.</item>
    /// <item>Disqualified (reason required): any open stage to Disqualified.</item>
    /// <item>ManualChange (reason required): any stage, except out of Won or Lost; Won and Lost only from Opportunity;
    /// SQL and Opportunity only through their BANT gate.</item>
    /// </list>
    /// A move is net-new when the lead never entered the target stage before.
    /// </summary>
    public sealed class StageMachine
    {
        private readonly FunnelSettings settings;
        private readonly double threshold;
        private readonly double minimumFit;

        /// <summary>Creates the machine for the settings and the scoring model's MQL threshold and minimum fit.</summary>
        public StageMachine(FunnelSettings settings, ScoringModel model)
        {
            this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            threshold = model.MqlThreshold;
            minimumFit = model.MinimumFitForMql;
        }

        /// <summary>Decides what <paramref name="e"/> does to the lead.</summary>
        public TransitionResult Apply(LeadFunnelState state, StageEvent e)
        {
            if (state == null)
            {
                throw new ArgumentNullException(nameof(state));
            }

            if (e == null)
            {
                throw new ArgumentNullException(nameof(e));
            }

            FunnelStage? stage = state.Stage;
            if (!stage.HasValue)
            {
                return e.Trigger == StageTrigger.Created || e.Trigger == StageTrigger.ManualChange
                    ? Create(state, e)
                    : TransitionResult.Refuse("The lead has no funnel stage yet; it enters the funnel when it is created with an email address.");
            }

            switch (e.Trigger)
            {
                case StageTrigger.Created:
                    return TransitionResult.Unchanged("The lead is already in the funnel (" + FunnelStages.Label(stage.Value) + ").");
                case StageTrigger.Activity:
                case StageTrigger.ScoreChanged:
                    return Marketing(state, stage.Value, e);
                case StageTrigger.MeetingBooked:
                    return stage.Value == FunnelStage.Mql
                        ? Move(state, FunnelStage.Sal, e, "Meeting booked with the MQL")
                        : TransitionResult.Unchanged("A meeting moves only an MQL to SAL; the lead is " + FunnelStages.Label(stage.Value) + ".");
                case StageTrigger.Accepted:
                    return stage.Value == FunnelStage.Mql
                        ? Move(state, FunnelStage.Sal, e, "Accepted by sales")
                        : TransitionResult.Refuse("Only an MQL can be accepted; the lead is " + FunnelStages.Label(stage.Value) + ".");
                case StageTrigger.Rejected:
                    return Reject(state, stage.Value, e);
                case StageTrigger.Qualified:
                    return Qualify(state, stage.Value, e);
                case StageTrigger.BantChanged:
                    return BantChanged(state, stage.Value, e);
                case StageTrigger.OpportunityWon:
                case StageTrigger.OpportunityLost:
                    return Close(state, stage.Value, e);
                case StageTrigger.OpportunityReopened:
                    return Reopen(state, stage.Value, e);
                case StageTrigger.SlaBreached:
                    return SlaBreached(state, stage.Value, e);
                case StageTrigger.Disqualified:
                    return Disqualify(state, stage.Value, e);
                default:
                    return Manual(state, stage.Value, e);
            }
        }

        private TransitionResult Create(LeadFunnelState state, StageEvent e)
        {
            if (e.Trigger == StageTrigger.ManualChange && e.Target != FunnelStage.Known)
            {
                return TransitionResult.Refuse("A new lead enters the funnel as Known.");
            }

            if (!state.Profile.TryGetValue(ProfileColumns.EmailAddress, out object? email) || ProfileValues.IsEmpty(email))
            {
                return TransitionResult.Refuse("Cannot move the lead to Known: the email address is missing.");
            }

            return Move(state, FunnelStage.Known, e, "Lead created with an email address");
        }

        private TransitionResult Marketing(LeadFunnelState state, FunnelStage stage, StageEvent e)
        {
            if (stage != FunnelStage.Known && stage != FunnelStage.Engaged && stage != FunnelStage.Recycled)
            {
                return TransitionResult.Unchanged("Marketing activity does not move a lead in " + FunnelStages.Label(stage) + ".");
            }

            string? notMql = MqlShortfall(state);
            if (notMql == null)
            {
                return Move(state, FunnelStage.Mql, e, string.Format(CultureInfo.InvariantCulture, "Score {0:0.#} reached the MQL threshold {1:0.#}", state.Score, threshold));
            }

            if (e.Trigger == StageTrigger.Activity && e.Engaging && stage != FunnelStage.Engaged)
            {
                return Move(state, FunnelStage.Engaged, e, "First qualifying marketing interaction");
            }

            return TransitionResult.Unchanged("Not MQL yet: " + notMql + ".");
        }

        private TransitionResult Reject(LeadFunnelState state, FunnelStage stage, StageEvent e)
        {
            if (!e.Rejection.HasValue)
            {
                return TransitionResult.Refuse("Cannot reject the lead: a rejection reason from the list is required.");
            }

            if (stage != FunnelStage.Mql && stage != FunnelStage.Sal && stage != FunnelStage.Sql)
            {
                return TransitionResult.Refuse("Only an MQL, SAL or SQL can be rejected; the lead is " + FunnelStages.Label(stage) + ".");
            }

            string reason = "Rejected: " + RejectionReasons.Label(e.Rejection.Value) + (string.IsNullOrWhiteSpace(e.Reason) ? string.Empty : " (" + e.Reason!.Trim() + ")");
            return Move(state, FunnelStage.Recycled, e, reason, e.Rejection, settings.RecycleBehaviourFactor);
        }

        private TransitionResult Qualify(LeadFunnelState state, FunnelStage stage, StageEvent e)
        {
            switch (stage)
            {
                case FunnelStage.Sal:
                    return Gate(state, FunnelStage.Sql, settings.Bant.RequiredForSql, e, true);
                case FunnelStage.Sql:
                    return Gate(state, FunnelStage.Opportunity, settings.Bant.RequiredForOpportunity, e, true);
                case FunnelStage.Mql:
                    return TransitionResult.Refuse("Cannot qualify an MQL: sales must accept it (SAL) first.");
                default:
                    return TransitionResult.Refuse("Only a SAL or SQL can be qualified; the lead is " + FunnelStages.Label(stage) + ".");
            }
        }

        private TransitionResult BantChanged(LeadFunnelState state, FunnelStage stage, StageEvent e)
        {
            return stage == FunnelStage.Sql
                ? Gate(state, FunnelStage.Opportunity, settings.Bant.RequiredForOpportunity, e, false)
                : TransitionResult.Unchanged("BANT changes move only an SQL; the lead is " + FunnelStages.Label(stage) + ".");
        }

        private TransitionResult Gate(LeadFunnelState state, FunnelStage target, List<BantItem> required, StageEvent e, bool refuse)
        {
            BantEvaluation bant = BantGate.Evaluate(state.Profile, settings.Bant);
            if (bant.Passes(required))
            {
                return Move(state, target, e, target == FunnelStage.Sql ? "Qualified: " + Words.List(Names(required)) + " pass" : "All required BANT items pass");
            }

            string message = "Cannot move the lead to " + FunnelStages.Label(target) + ": " + bant.Describe(required) + ".";
            var blocking = new List<BantItem>(bant.Missing(required));
            blocking.AddRange(bant.Failing(required));
            blocking.Sort();
            return refuse ? TransitionResult.Refuse(message, blocking) : TransitionResult.Unchanged(message);
        }

        private TransitionResult Close(LeadFunnelState state, FunnelStage stage, StageEvent e)
        {
            bool won = e.Trigger == StageTrigger.OpportunityWon;
            if (stage != FunnelStage.Opportunity)
            {
                return TransitionResult.Refuse("Only an opportunity can be " + (won ? "won" : "lost") + "; the lead is " + FunnelStages.Label(stage) + ".");
            }

            string reason = won ? "Opportunity won" : "Opportunity lost" + (string.IsNullOrWhiteSpace(e.Reason) ? string.Empty : ": " + e.Reason!.Trim());
            return Move(state, won ? FunnelStage.Won : FunnelStage.Lost, e, reason);
        }

        private static TransitionResult Reopen(LeadFunnelState state, FunnelStage stage, StageEvent e)
        {
            if (stage != FunnelStage.Won && stage != FunnelStage.Lost)
            {
                return TransitionResult.Unchanged("Only a won or lost opportunity can be reopened; the lead is " + FunnelStages.Label(stage) + ".");
            }

            string reason = "Opportunity reopened after it was " + (stage == FunnelStage.Won ? "won" : "lost");
            return TransitionResult.Move(new StageTransition(state.LeadId, stage, FunnelStage.Opportunity, e.On, e.Trigger, state.Score, reason, false, null, null));
        }

        private TransitionResult SlaBreached(LeadFunnelState state, FunnelStage stage, StageEvent e)
        {
            string what = string.IsNullOrWhiteSpace(e.Reason) ? "SLA" : e.Reason!.Trim();
            if (stage != FunnelStage.Mql)
            {
                return TransitionResult.Unchanged(what + " breached; only an MQL is recycled on a breach.");
            }

            return settings.RecycleOnSlaBreach
                ? Move(state, FunnelStage.Recycled, e, what + " breached", null, settings.RecycleBehaviourFactor)
                : TransitionResult.Unchanged(what + " breached; the settings keep the lead.");
        }

        private TransitionResult Disqualify(LeadFunnelState state, FunnelStage stage, StageEvent e)
        {
            if (string.IsNullOrWhiteSpace(e.Reason))
            {
                return TransitionResult.Refuse("Cannot disqualify the lead: a reason is required.");
            }

            if (FunnelStages.IsClosed(stage))
            {
                return TransitionResult.Refuse("The lead is already closed (" + FunnelStages.Label(stage) + ").");
            }

            return Move(state, FunnelStage.Disqualified, e, "Disqualified: " + e.Reason!.Trim());
        }

        private TransitionResult Manual(LeadFunnelState state, FunnelStage stage, StageEvent e)
        {
            FunnelStage target = e.Target ?? stage;
            if (string.IsNullOrWhiteSpace(e.Reason))
            {
                return TransitionResult.Refuse("Cannot change the stage by hand to " + FunnelStages.Label(target) + ": a reason is required.");
            }

            if (target == stage)
            {
                return TransitionResult.Unchanged("The lead is already " + FunnelStages.Label(stage) + ".");
            }

            if (stage == FunnelStage.Won || stage == FunnelStage.Lost)
            {
                return TransitionResult.Refuse("The lead is closed (" + FunnelStages.Label(stage) + "); its stage cannot change.");
            }

            if ((target == FunnelStage.Won || target == FunnelStage.Lost) && stage != FunnelStage.Opportunity)
            {
                return TransitionResult.Refuse("Only an opportunity can be " + (target == FunnelStage.Won ? "won" : "lost") + "; the lead is " + FunnelStages.Label(stage) + ".");
            }

            string reason = "Set by hand: " + e.Reason!.Trim();
            if (target == FunnelStage.Sql || target == FunnelStage.Opportunity)
            {
                List<BantItem> required = target == FunnelStage.Sql ? settings.Bant.RequiredForSql : settings.Bant.RequiredForOpportunity;
                BantEvaluation bant = BantGate.Evaluate(state.Profile, settings.Bant);
                if (!bant.Passes(required))
                {
                    return Gate(state, target, required, e, true);
                }
            }

            return Move(state, target, e, reason, null, target == FunnelStage.Recycled ? settings.RecycleBehaviourFactor : (double?)null);
        }

        private string? MqlShortfall(LeadFunnelState state)
        {
            var gaps = new List<string>();
            if (!(state.Score >= threshold))
            {
                gaps.Add(string.Format(CultureInfo.InvariantCulture, "score {0:0.#} is below the threshold {1:0.#}", state.Score, threshold));
            }

            if (!(state.FitScore >= minimumFit))
            {
                gaps.Add(string.Format(CultureInfo.InvariantCulture, "fit {0:0.#} is below the minimum {1:0.#}", state.FitScore, minimumFit));
            }

            return gaps.Count == 0 ? null : string.Join(" and ", gaps);
        }

        private static TransitionResult Move(LeadFunnelState state, FunnelStage to, StageEvent e, string reason, RejectionReason? rejection = null, double? factor = null)
        {
            bool netNew = true;
            foreach (FunnelStage entered in state.EnteredStages)
            {
                if (entered == to)
                {
                    netNew = false;
                }
            }

            return TransitionResult.Move(new StageTransition(state.LeadId, state.Stage, to, e.On, e.Trigger, state.Score, reason, netNew, rejection, factor));
        }

        private static List<string> Names(IEnumerable<BantItem> items)
        {
            var names = new List<string>();
            foreach (BantItem item in items)
            {
                names.Add(BantEvaluation.Name(item));
            }

            return names;
        }
    }
}
