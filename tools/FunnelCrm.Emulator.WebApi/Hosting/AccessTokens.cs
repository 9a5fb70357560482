using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace FunnelCrm.Emulator.WebApi.Hosting;

/// <summary>The bearer tokens the host accepts, each standing for one user of the organization (so that user's roles apply).</summary>
public sealed class AccessTokens
{
    private readonly ConcurrentDictionary<string, Guid> users = new(StringComparer.Ordinal);

    /// <summary>Issues a new token for the user.</summary>
    public string Issue(Guid userId)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        users[token] = userId;
        return token;
    }

    /// <summary>Stops accepting a token (requests with it get 401).</summary>
    public void Revoke(string token) => users.TryRemove(token, out _);

    /// <summary>The user a token stands for.</summary>
    public bool TryGetUser(string token, out Guid userId) => users.TryGetValue(token, out userId);
}
