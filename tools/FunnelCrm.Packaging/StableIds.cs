using System;
using System.Security.Cryptography;
using System.Text;

namespace FunnelCrm.Packaging;

/// <summary>Ids derived from names, the same on every build, so that a re-import updates instead of duplicating.</summary>
public static class StableIds
{
    /// <summary>A GUID from a name (MD5 of "FunnelCrm:" + name, version bits set as a name-based UUID).</summary>
    public static Guid For(string name)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("FunnelCrm:" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash);
    }
}
