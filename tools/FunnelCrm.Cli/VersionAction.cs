using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Reflection;

namespace FunnelCrm.Cli;

/// <summary>Prints the version of the funnelcrm assembly itself (not of whatever process hosts it, such as a test runner).</summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    private readonly TextWriter output;

    /// <summary>An action writing to <paramref name="output"/>.</summary>
    public VersionAction(TextWriter output)
    {
        this.output = output;
    }

    /// <summary>The informational version of funnelcrm.dll.</summary>
    public static string Version =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version!.ToString();

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(Version);
        return 0;
    }
}
