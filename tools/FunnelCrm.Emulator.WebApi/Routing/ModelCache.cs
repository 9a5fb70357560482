using System.Linq;
using FunnelCrm.Emulator.WebApi.Model;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>The organization's API model, rebuilt when its metadata grows (a solution loaded or imported after start).</summary>
public sealed class ModelCache
{
    private readonly Organization organization;
    private readonly object sync = new();
    private (long Signature, ApiModel Model)? current;

    /// <summary>A cache of <paramref name="organization"/>'s model.</summary>
    public ModelCache(Organization organization)
    {
        this.organization = organization;
    }

    /// <summary>The model of the metadata as it is now.</summary>
    public ApiModel Current
    {
        get
        {
            lock (sync)
            {
                var catalog = organization.Metadata;
                var signature = catalog.Tables.Values.Sum(t => (long)t.Columns.Count + t.AlternateKeys.Count) * 1000 + catalog.Tables.Count * 31 + catalog.Relationships.Count;
                if (current is not { } cached || cached.Signature != signature)
                {
                    current = (signature, ApiModel.Build(catalog));
                }
                return current.Value.Model;
            }
        }
    }
}
