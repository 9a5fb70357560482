using System.Collections.Generic;

namespace FunnelCrm.Funnel
{
    /// <summary>Sentence helpers for messages.</summary>
    public static class Words
    {
        /// <summary>"a", "a and b", "a, b and c".</summary>
        public static string List(IReadOnlyList<string> words)
        {
            if (words.Count == 0)
            {
                return string.Empty;
            }

            if (words.Count == 1)
            {
                return words[0];
            }

            var head = new List<string>();
            for (int i = 0; i < words.Count - 1; i++)
            {
                head.Add(words[i]);
            }

            return string.Join(", ", head) + " and " + words[words.Count - 1];
        }
    }
}
