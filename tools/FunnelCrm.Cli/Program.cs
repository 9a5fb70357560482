using System;
using System.IO;

namespace FunnelCrm.Cli;

/// <summary>The funnelcrm command line.</summary>
public static class Program
{
    /// <summary>Runs the command line on the console.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers; returns the exit code (0 ok, 1 failure, 2 bad input).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => CliApp.Build(output, error).Run(args);
}
