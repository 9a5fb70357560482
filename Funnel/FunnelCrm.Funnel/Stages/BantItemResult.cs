namespace FunnelCrm.Funnel.Stages
{
    /// <summary>The verdict on one BANT item with the value it was judged on, in words.</summary>
    public sealed class BantItemResult
    {
        internal BantItemResult(BantItem item, BantVerdict verdict, string detail)
        {
            Item = item;
            Verdict = verdict;
            Detail = detail;
        }

        /// <summary>The item.</summary>
        public BantItem Item { get; }

        /// <summary>Pass, fail or missing.</summary>
        public BantVerdict Verdict { get; }

        /// <summary>What the verdict rests on ("May Buy", "No need", "missing").</summary>
        public string Detail { get; }
    }
}
