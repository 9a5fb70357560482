using System.Collections.Generic;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>The transition function's answer: a move with its record, no change, or a refusal naming what is missing.</summary>
    public sealed class TransitionResult
    {
        private static readonly BantItem[] NoItems = new BantItem[0];

        private TransitionResult(TransitionOutcome outcome, StageTransition? transition, string message, IReadOnlyList<BantItem> missing)
        {
            Outcome = outcome;
            Transition = transition;
            Message = message;
            MissingBant = missing;
        }

        /// <summary>Moved, unchanged or refused.</summary>
        public TransitionOutcome Outcome { get; }

        /// <summary>The record to write when the lead moved; null otherwise.</summary>
        public StageTransition? Transition { get; }

        /// <summary>
        /// For a move, its reason; otherwise why not, as a sentence for a rep
        /// ("Cannot move the lead to SQL: budget and timeline are missing.").
        /// </summary>
        public string Message { get; }

        /// <summary>For a refusal at a BANT gate: the required items that are missing or fail.</summary>
        public IReadOnlyList<BantItem> MissingBant { get; }

        /// <summary>True when the lead moved.</summary>
        public bool Moved => Outcome == TransitionOutcome.Moved;

        internal static TransitionResult Move(StageTransition transition)
        {
            return new TransitionResult(TransitionOutcome.Moved, transition, transition.Reason, NoItems);
        }

        internal static TransitionResult Unchanged(string message)
        {
            return new TransitionResult(TransitionOutcome.Unchanged, null, message, NoItems);
        }

        internal static TransitionResult Refuse(string message, IReadOnlyList<BantItem>? missing = null)
        {
            return new TransitionResult(TransitionOutcome.Refused, null, message, missing ?? NoItems);
        }
    }
}
