using System;
using System.Collections.Generic;

namespace FunnelCrm.Cli.Formats;

/// <summary>The known word nearest to a mistyped one (Levenshtein distance), for "did you mean" hints.</summary>
public static class Nearest
{
    /// <summary>The candidate within a third of the word's length in edits (at least 2), nearest first; null when none is that near.</summary>
    public static string? Of(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = Math.Max(2, word.Length / 3) + 1;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
