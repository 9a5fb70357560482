using System;

namespace FunnelCrm.Dataverse;

/// <summary>What the user gave cannot be used: a malformed connection string, a URL that is not a Dataverse organization.</summary>
public sealed class DataverseInputException : Exception
{
    /// <summary>Describes the problem (secrets already redacted).</summary>
    public DataverseInputException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>The organization refused a request: the HTTP status and Dataverse's error code and message.</summary>
public sealed class DataverseRefusedException : Exception
{
    /// <summary>Describes a refusal.</summary>
    public DataverseRefusedException(int status, string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        Code = code;
    }

    /// <summary>The HTTP status (0 when no answer came).</summary>
    public int Status { get; }

    /// <summary>Dataverse's error code (<c>0x80040265</c>), or "".</summary>
    public string Code { get; }
}
