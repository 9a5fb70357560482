using System.Activities;
using System.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Workflows.Leads;

/// <summary>
/// The bounds of one run over many leads: at most "Maximum leads" (1 to 5,000), and no new lead once "Time budget
/// (seconds)" (1 to 110; the sandbox ends a run at 120) has passed, so a run always ends in time and the next one
/// continues.
/// </summary>
internal sealed class LeadBatch
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly int budgetSeconds;

    private LeadBatch(int maximum, int budgetSeconds)
    {
        Maximum = maximum;
        this.budgetSeconds = budgetSeconds;
    }

    /// <summary>How many leads the run may take.</summary>
    public int Maximum { get; }

    /// <summary>Milliseconds since the run started.</summary>
    public long ElapsedMilliseconds => watch.ElapsedMilliseconds;

    /// <summary>Whether the time budget is spent.</summary>
    public bool OutOfTime => watch.Elapsed.TotalSeconds >= budgetSeconds;

    /// <summary>Reads and checks the bounds; refuses a value out of range naming the input.</summary>
    public static LeadBatch Of(string activity, int maximum, int budgetSeconds)
    {
        if (maximum < 1 || maximum > 5000)
        {
            throw new InvalidPluginExecutionException(activity + ": 'Maximum leads' must be between 1 and 5000 (is " + maximum + ").");
        }

        if (budgetSeconds < 1 || budgetSeconds > 110)
        {
            throw new InvalidPluginExecutionException(activity + ": 'Time budget (seconds)' must be between 1 and 110 (is " + budgetSeconds + ").");
        }

        return new LeadBatch(maximum, budgetSeconds);
    }
}
