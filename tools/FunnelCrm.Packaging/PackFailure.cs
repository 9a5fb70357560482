namespace FunnelCrm.Packaging;

/// <summary>One reason the packer refuses: the component it concerns and what is wrong with it.</summary>
public sealed class PackFailure
{
    /// <summary>A failure.</summary>
    public PackFailure(string component, string problem)
    {
        Component = component;
        Problem = problem;
    }

    /// <summary>The component, e.g. "view 'My MQLs to accept' of lead {9672890f-...} (Entities/Lead/SavedQueries/{9672890f-...}.xml line 9)".</summary>
    public string Component { get; }

    /// <summary>What is wrong, as one sentence.</summary>
    public string Problem { get; }

    /// <inheritdoc />
    public override string ToString() => Component + ": " + Problem;
}
