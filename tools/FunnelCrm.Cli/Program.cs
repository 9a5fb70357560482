namespace FunnelCrm.Cli;

/// <summary>The funnelcrm command line.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code.</summary>
    public static int Main(string[] args)
    {
        System.Console.Error.WriteLine("funnelcrm: no commands yet.");
        return args.Length == 0 ? 2 : 2;
    }
}
