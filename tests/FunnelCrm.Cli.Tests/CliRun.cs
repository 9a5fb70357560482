using System;
using System.Collections.Generic;
using System.IO;
using FunnelCrm.Funnel;

namespace FunnelCrm.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    /// <summary>The day the tests run on, whatever the machine's clock says.</summary>
    public static readonly DateTime Today = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Runs with an empty environment on <see cref="Today"/>.</summary>
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    /// <summary>Runs with the given environment variables on <see cref="Today"/>.</summary>
    public static CliRun With(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error, name => environment.TryGetValue(name, out var value) ? value : null, new FixedClock(Today));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "funnelcrm-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string TempFile(string name, string content)
    {
        var path = Path.Combine(TempFolder(), name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string TempFile(string name, byte[] content)
    {
        var path = Path.Combine(TempFolder(), name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
