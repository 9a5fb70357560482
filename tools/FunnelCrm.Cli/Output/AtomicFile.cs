using System;
using System.IO;
using System.Text;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Output;

/// <summary>
/// Writes a file through a temporary file beside it, moved into place, so that a failure never leaves half a file.
/// A missing folder is created; a folder in place of the file, or a file system failure, is refused naming the option
/// and the file (never the temporary file or the operating system's text).
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically (UTF-8, no BOM); <paramref name="option"/> names where the path came from.</summary>
    public static void Write(string path, Action<TextWriter> content, string option = "--out")
    {
        var full = Target(path, option);
        Replace(full, path, option, temporary =>
        {
            using var writer = new StreamWriter(temporary, false, new UTF8Encoding(false));
            content(writer);
        });
    }

    /// <summary>Moves a finished file into place as <paramref name="path"/>, replacing only that name.</summary>
    public static void Place(string finished, string path, string option)
    {
        var full = Target(path, option);
        try
        {
            File.Move(finished, full, overwrite: true);
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            throw new CliException(option + ": cannot write " + path + " (" + FileErrors.Reason(failure) + ").");
        }
    }

    /// <summary>The full path to write, refusing a folder, with its folder created when missing.</summary>
    public static string Target(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CliException(option + ": " + path + " is a folder; give a file name in it.");
        }

        OutputFolder.Create(Path.GetDirectoryName(full)!, option);
        return full;
    }

    private static void Replace(string full, string path, string option, Action<string> write)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            throw new CliException(option + ": cannot write " + path + " (" + FileErrors.Reason(failure) + ").");
        }
        finally
        {
            Discard(temporary);
        }
    }

    private static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            // Nothing more can be done about a temporary file the file system will not delete; the output is in place or refused.
        }
    }
}
