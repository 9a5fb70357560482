using System;

namespace FunnelCrm.Packaging.Assemblies;

/// <summary>The identity Dataverse registers an assembly under: name, version, culture and public key token.</summary>
public sealed class AssemblyIdentity
{
    /// <summary>An identity.</summary>
    public AssemblyIdentity(string name, Version version, string culture, string publicKeyToken)
    {
        Name = name;
        Version = version;
        Culture = culture;
        PublicKeyToken = publicKeyToken;
    }

    /// <summary>The simple name, e.g. FunnelCrm.Plugins.</summary>
    public string Name { get; }

    /// <summary>The assembly version.</summary>
    public Version Version { get; }

    /// <summary>The culture ("neutral" for none).</summary>
    public string Culture { get; }

    /// <summary>The public key token in lower-case hex, or "null" for an unsigned assembly.</summary>
    public string PublicKeyToken { get; }

    /// <summary>The full name, e.g. "FunnelCrm.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef".</summary>
    public string FullName => Name + ", Version=" + Version + ", Culture=" + Culture + ", PublicKeyToken=" + PublicKeyToken;

    /// <summary>The assembly-qualified name of one of its types.</summary>
    public string QualifiedNameOf(string typeFullName) => typeFullName + ", " + FullName;
}
