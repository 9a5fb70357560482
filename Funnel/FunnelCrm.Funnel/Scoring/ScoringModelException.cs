using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>A scoring model was refused: the message names each rule and field that is wrong.</summary>
    public sealed class ScoringModelException : Exception
    {
        /// <summary>Creates the exception from the validator's problems (one sentence each).</summary>
        public ScoringModelException(IReadOnlyList<string> problems)
            : base("The scoring model is invalid: " + string.Join(" ", problems))
        {
            Problems = problems;
        }

        /// <summary>Creates the exception for a model that could not be read at all.</summary>
        public ScoringModelException(string message, Exception inner)
            : base(message, inner)
        {
            Problems = new[] { message };
        }

        /// <summary>Each problem as a sentence naming the rule id and field.</summary>
        public IReadOnlyList<string> Problems { get; }
    }
}
