using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace FunnelCrm.Packaging.Assemblies;

/// <summary>
/// A built deployable (FunnelCrm.Plugins.dll, FunnelCrm.Workflows.dll) read with System.Reflection.Metadata, never
/// loaded: its identity, and every public non-abstract class that implements Microsoft.Xrm.Sdk.IPlugin or derives from
/// System.Activities.CodeActivity (directly or through base classes of the same assembly), with the registration
/// declarations on it.
/// </summary>
public sealed class DeployableAssembly
{
    private const string PluginInterface = "Microsoft.Xrm.Sdk.IPlugin";
    private const string CodeActivityClass = "System.Activities.CodeActivity";

    private DeployableAssembly(string path, AssemblyIdentity identity, IReadOnlyList<RegistrableType> types, IReadOnlyList<string> problems)
    {
        Path = path;
        Identity = identity;
        Types = types;
        Problems = problems;
    }

    /// <summary>Where the DLL is.</summary>
    public string Path { get; }

    /// <summary>The file name (what the zip entry is called).</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The assembly identity.</summary>
    public AssemblyIdentity Identity { get; }

    /// <summary>The plugin and workflow activity classes, ordered by full name.</summary>
    public IReadOnlyList<RegistrableType> Types { get; }

    /// <summary>Declarations that could not be read, each naming its class.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Reads a built assembly.</summary>
    /// <exception cref="FileNotFoundException">The file is not there.</exception>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static DeployableAssembly Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException(path + " is not a .NET assembly.");
        }

        var reader = pe.GetMetadataReader();
        var identity = IdentityOf(reader);
        var provider = new AttributeTypeProvider(EnumsDefinedIn(reader));
        var types = new List<RegistrableType>();
        var problems = new List<string>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var definition = reader.GetTypeDefinition(handle);
            if (!IsPublic(reader, definition) || (definition.Attributes & (TypeAttributes.Abstract | TypeAttributes.Interface)) != 0)
            {
                continue;
            }

            RegistrableKind? kind = IsPlugin(reader, handle, 0) ? RegistrableKind.Plugin : IsCodeActivity(reader, handle, 0) ? RegistrableKind.WorkflowActivity : null;
            if (kind is RegistrableKind found)
            {
                var name = MetadataNames.Of(reader, handle);
                types.Add(DeclarationDecoder.Decode(reader, provider, definition, name, found, problems));
            }
        }

        return new DeployableAssembly(path, identity, types.OrderBy(t => t.FullName, StringComparer.Ordinal).ToList(), problems);
    }

    private static AssemblyIdentity IdentityOf(MetadataReader reader)
    {
        var definition = reader.GetAssemblyDefinition();
        var key = reader.GetBlobBytes(definition.PublicKey);
        var culture = reader.GetString(definition.Culture);
        return new AssemblyIdentity(reader.GetString(definition.Name), definition.Version, culture.Length == 0 ? "neutral" : culture, key.Length == 0 ? "null" : TokenOf(key));
    }

    private static string TokenOf(byte[] publicKey)
    {
        var hash = SHA1.HashData(publicKey);
        return string.Concat(hash.Skip(hash.Length - 8).Reverse().Select(b => b.ToString("x2")));
    }

    private static bool IsPublic(MetadataReader reader, TypeDefinition definition)
    {
        var visibility = definition.Attributes & TypeAttributes.VisibilityMask;
        return visibility switch
        {
            TypeAttributes.Public => true,
            TypeAttributes.NestedPublic => IsPublic(reader, reader.GetTypeDefinition(definition.GetDeclaringType())),
            _ => false,
        };
    }

    private static bool IsPlugin(MetadataReader reader, TypeDefinitionHandle handle, int depth)
    {
        var definition = reader.GetTypeDefinition(handle);
        if (definition.GetInterfaceImplementations().Any(i => MetadataNames.Of(reader, reader.GetInterfaceImplementation(i).Interface) == PluginInterface))
        {
            return true;
        }

        return BaseDefinedHere(reader, definition) is TypeDefinitionHandle baseType && depth < 32 && IsPlugin(reader, baseType, depth + 1);
    }

    private static bool IsCodeActivity(MetadataReader reader, TypeDefinitionHandle handle, int depth)
    {
        var definition = reader.GetTypeDefinition(handle);
        if (definition.BaseType.IsNil)
        {
            return false;
        }

        if (MetadataNames.Of(reader, definition.BaseType) == CodeActivityClass)
        {
            return true;
        }

        return BaseDefinedHere(reader, definition) is TypeDefinitionHandle baseType && depth < 32 && IsCodeActivity(reader, baseType, depth + 1);
    }

    private static TypeDefinitionHandle? BaseDefinedHere(MetadataReader reader, TypeDefinition definition)
    {
        var baseType = definition.BaseType;
        if (baseType.Kind == HandleKind.TypeSpecification)
        {
            baseType = MetadataNames.GenericTypeOf(reader, (TypeSpecificationHandle)baseType) ?? default;
        }

        return !baseType.IsNil && baseType.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)baseType : null;
    }

    private static Dictionary<string, PrimitiveTypeCode> EnumsDefinedIn(MetadataReader reader)
    {
        var enums = new Dictionary<string, PrimitiveTypeCode>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var definition = reader.GetTypeDefinition(handle);
            if (definition.BaseType.IsNil || MetadataNames.Of(reader, definition.BaseType) != "System.Enum")
            {
                continue;
            }

            foreach (var field in definition.GetFields().Select(reader.GetFieldDefinition))
            {
                if ((field.Attributes & FieldAttributes.Static) == 0)
                {
                    var signature = reader.GetBlobReader(field.Signature);
                    signature.ReadSignatureHeader();
                    enums[MetadataNames.Of(reader, handle)] = (PrimitiveTypeCode)signature.ReadSignatureTypeCode();
                }
            }
        }

        return enums;
    }
}
