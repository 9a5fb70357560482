using System;
using System.IO;

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

    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string TempFile(string name, string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "funnelcrm-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
