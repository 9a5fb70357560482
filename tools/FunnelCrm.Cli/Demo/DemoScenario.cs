using System;

namespace FunnelCrm.Cli.Demo;

/// <summary>What the demo generates: how many leads over how many months, from which seed. The same scenario gives the same output.</summary>
public sealed class DemoScenario
{
    /// <summary>The end of every demo's history (fixed, so that output does not depend on the day it runs).</summary>
    public static readonly DateTime End = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A scenario.</summary>
    public DemoScenario(int leads, int months, int seed)
    {
        Leads = leads;
        Months = months;
        Seed = seed;
    }

    /// <summary>How many leads.</summary>
    public int Leads { get; }

    /// <summary>How many months of history.</summary>
    public int Months { get; }

    /// <summary>The random seed.</summary>
    public int Seed { get; }

    /// <summary>The first day of the history.</summary>
    public DateTime Start => End.AddMonths(-Months);
}
