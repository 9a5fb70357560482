using System;
using System.IO;

namespace FunnelCrm.Cli.Output;

/// <summary>Where a command's result goes: the console, or a file written atomically (--out).</summary>
public static class Emit
{
    /// <summary>Writes to the console, or atomically to <paramref name="path"/> and says so.</summary>
    public static void To(TextWriter console, string? path, Action<TextWriter> write)
    {
        if (path == null)
        {
            write(console);
        }
        else
        {
            AtomicFile.Write(path, write);
            console.WriteLine("Wrote " + path);
        }
    }

    /// <summary>Refuses an --out that names a folder before any work is done.</summary>
    public static void CheckTarget(string? path)
    {
        if (path != null && Directory.Exists(path))
        {
            throw new CliException("--out: " + path + " is a folder; give a file name in it.");
        }
    }
}
