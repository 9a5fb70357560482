using BenchmarkDotNet.Running;

namespace FunnelCrm.Benchmarks
{
    /// <summary>Entry point: pass BenchmarkDotNet arguments, e.g. <c>--filter '*Scoring*' --job short</c>.</summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
