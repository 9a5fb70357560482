using System;
using System.IO;

namespace FunnelCrm.Cli.Formats;

/// <summary>A file system failure in a few words of our own (never the operating system's text or a temporary file's name).</summary>
public static class FileErrors
{
    private const int DiskFull = 28;
    private const int DiskFullWindows = 0x70;

    /// <summary>Whether the exception is a file system failure this class can describe.</summary>
    public static bool IsFileFailure(Exception failure) => failure is IOException || failure is UnauthorizedAccessException || failure is System.Security.SecurityException;

    /// <summary>Why the file could not be read or written, e.g. "permission denied".</summary>
    public static string Reason(Exception failure)
    {
        switch (failure)
        {
            case UnauthorizedAccessException _:
            case System.Security.SecurityException _:
                return "permission denied";
            case PathTooLongException _:
                return "the path is too long";
            case DirectoryNotFoundException _:
                return "a folder on the path does not exist";
            case FileNotFoundException _:
                return "the file does not exist";
            case IOException io when (io.HResult & 0xFFFF) == DiskFull || (io.HResult & 0xFFFF) == DiskFullWindows:
                return "the disk is full";
            default:
                return "the file system refused it";
        }
    }
}
