using System;

namespace FunnelCrm.Cli;

/// <summary>Bad input: the command prints the one line and exits with code 2, having written nothing.</summary>
public class CliException : Exception
{
    /// <summary>A refusal with a message that says what to fix.</summary>
    public CliException(string message)
        : base(message)
    {
    }
}
