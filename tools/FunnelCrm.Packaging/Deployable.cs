using System.Reflection;

namespace FunnelCrm.Packaging;

/// <summary>A deployable to pack: its built net462 DLL and the net10.0 build of the same sources (for the declarations).</summary>
public sealed class Deployable
{
    /// <summary>A deployable.</summary>
    public Deployable(string net462Path, Assembly declarations)
    {
        Net462Path = net462Path;
        Declarations = declarations;
    }

    /// <summary>The DLL that goes into the solution.</summary>
    public string Net462Path { get; }

    /// <summary>The net10.0 assembly whose classes carry the declarations.</summary>
    public Assembly Declarations { get; }
}
