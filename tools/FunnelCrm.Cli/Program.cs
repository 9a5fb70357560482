using System;
using System.IO;
using FunnelCrm.Funnel;

namespace FunnelCrm.Cli;

/// <summary>The funnelcrm command line.</summary>
public static class Program
{
    /// <summary>Runs the command line on the console.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, SystemClock.Instance);

    /// <summary>Runs the command line with the given writers, environment and clock; returns the exit code (0 ok, 1 a finding, 2 bad input).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, IClock clock) =>
        CliApp.Build(output, error, environment, clock).Run(args);
}
