using System.Collections.Generic;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>The four BANT verdicts of a lead and what a gate needs of them.</summary>
    public sealed class BantEvaluation
    {
        private readonly BantItemResult[] items;

        internal BantEvaluation(BantItemResult[] items)
        {
            this.items = items;
        }

        /// <summary>Budget, Authority, Need, Timeline in that order.</summary>
        public IReadOnlyList<BantItemResult> Items => items;

        /// <summary>The verdict on one item.</summary>
        public BantItemResult this[BantItem item] => items[(int)item];

        /// <summary>True when every required item passes.</summary>
        public bool Passes(IEnumerable<BantItem> required)
        {
            foreach (BantItem item in required)
            {
                if (items[(int)item].Verdict != BantVerdict.Pass)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The required items whose columns are empty.</summary>
        public IReadOnlyList<BantItem> Missing(IEnumerable<BantItem> required)
        {
            return Having(required, BantVerdict.Missing);
        }

        /// <summary>The required items that are known and fail.</summary>
        public IReadOnlyList<BantItem> Failing(IEnumerable<BantItem> required)
        {
            return Having(required, BantVerdict.Fail);
        }

        /// <summary>
        /// What blocks the gate, in words: "budget and timeline are missing", "need fails (No need)", or both joined by
        /// "; "; empty when the required items pass.
        /// </summary>
        public string Describe(IEnumerable<BantItem> required)
        {
            var requiredItems = new List<BantItem>(required);
            var parts = new List<string>();
            IReadOnlyList<BantItem> missing = Missing(requiredItems);
            if (missing.Count > 0)
            {
                parts.Add(Words.List(Names(missing)) + (missing.Count == 1 ? " is missing" : " are missing"));
            }

            foreach (BantItem item in Failing(requiredItems))
            {
                parts.Add(Name(item) + " fails (" + items[(int)item].Detail + ")");
            }

            return string.Join("; ", parts);
        }

        /// <summary>The item's name in lower case for sentences.</summary>
        public static string Name(BantItem item)
        {
            return item.ToString().ToLowerInvariant();
        }

        private static List<string> Names(IEnumerable<BantItem> items)
        {
            var names = new List<string>();
            foreach (BantItem item in items)
            {
                names.Add(Name(item));
            }

            return names;
        }

        private IReadOnlyList<BantItem> Having(IEnumerable<BantItem> required, BantVerdict verdict)
        {
            var result = new List<BantItem>();
            foreach (BantItem item in required)
            {
                if (items[(int)item].Verdict == verdict && !result.Contains(item))
                {
                    result.Add(item);
                }
            }

            result.Sort();
            return result;
        }
    }
}
