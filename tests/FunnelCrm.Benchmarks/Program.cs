using System;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace FunnelCrm.Benchmarks
{
    /// <summary>
    /// Entry point: pass BenchmarkDotNet arguments, e.g. <c>--filter '*Scoring*' --job short</c>; or
    /// <c>generate transitions|activities ROWS LEADS FILE</c> to write a CSV file for the command-line benchmarks.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "generate")
            {
                return Generate(args);
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        private static int Generate(string[] args)
        {
            if (args.Length != 5 || (args[1] != "transitions" && args[1] != "activities")
                || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out int rows) || rows < 1
                || !int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out int leads) || leads < 1 || leads > rows)
            {
                Console.Error.WriteLine("usage: generate transitions|activities ROWS LEADS FILE (1 <= LEADS <= ROWS)");
                return 2;
            }

            if (args[1] == "transitions")
            {
                GeneratedFiles.Transitions(args[4], rows, leads);
            }
            else
            {
                GeneratedFiles.Activities(args[4], rows, leads);
            }

            return 0;
        }
    }
}
