namespace FunnelCrm.Cli.Scoring;

/// <summary>
/// One exported activity held compactly: its lead and kind as numbers, its time in ticks, its line, and where its
/// <c>activity_id</c> lies in a part's text (<see cref="IdLength"/> -1 without one).
/// </summary>
internal readonly struct ActivityRow
{
    public ActivityRow(int lead, long ticks, int kind, int line, int part, int idStart, int idLength)
    {
        Lead = lead;
        Ticks = ticks;
        Kind = kind;
        Line = line;
        Part = part;
        IdStart = idStart;
        IdLength = idLength;
    }

    public int Lead { get; }

    public long Ticks { get; }

    public int Kind { get; }

    public int Line { get; }

    /// <summary>The part whose text holds the activity id.</summary>
    public int Part { get; }

    public int IdStart { get; }

    public int IdLength { get; }

    /// <summary>The same activity with its lead, kind and part numbered as in the whole history.</summary>
    public ActivityRow Renumbered(int lead, int kind, int part) => new ActivityRow(lead, Ticks, kind, Line, part, IdStart, IdLength);
}
