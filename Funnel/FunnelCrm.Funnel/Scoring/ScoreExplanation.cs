using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>The largest contributions and penalties behind a score, as sentences.</summary>
    public sealed class ScoreExplanation
    {
        internal ScoreExplanation(IReadOnlyList<ScoreContribution> lines)
        {
            Lines = lines;
        }

        /// <summary>The contributions shown, largest absolute value first.</summary>
        public IReadOnlyList<ScoreContribution> Lines { get; }

        /// <summary>The sentences one per line, for the lead's score explanation column.</summary>
        public string Text
        {
            get
            {
                var sentences = new List<string>(Lines.Count);
                foreach (ScoreContribution line in Lines)
                {
                    sentences.Add(line.Sentence);
                }

                return string.Join("\n", sentences);
            }
        }
    }
}
