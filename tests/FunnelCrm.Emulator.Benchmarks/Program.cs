using BenchmarkDotNet.Running;

namespace FunnelCrm.Emulator.Benchmarks;

/// <summary>
/// Runs the emulator benchmarks:
/// <c>dotnet run -c Release --project tests/FunnelCrm.Emulator.Benchmarks -- --filter '*'</c>.
/// </summary>
public static class Program
{
    /// <summary>Entry point: BenchmarkDotNet's switcher (pass --filter '*').</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
