using System;
using System.Collections.Generic;
using System.Reflection.Metadata;

namespace FunnelCrm.Packaging.Assemblies;

/// <summary>
/// Names the types met while decoding custom attribute blobs (by full name) and tells the decoder the underlying type of
/// enums: from the enum's definition when the assembly defines it, otherwise Int32 (every declaration enum is an int).
/// </summary>
internal sealed class AttributeTypeProvider : ICustomAttributeTypeProvider<string>
{
    private readonly IReadOnlyDictionary<string, PrimitiveTypeCode> enumsDefinedHere;

    public AttributeTypeProvider(IReadOnlyDictionary<string, PrimitiveTypeCode> enumsDefinedHere)
    {
        this.enumsDefinedHere = enumsDefinedHere;
    }

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

    public string GetSystemType() => "System.Type";

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => MetadataNames.Of(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => MetadataNames.Of(reader, handle);

    public string GetTypeFromSerializedName(string name)
    {
        var comma = name.IndexOf(',');
        return comma < 0 ? name : name.Substring(0, comma);
    }

    public PrimitiveTypeCode GetUnderlyingEnumType(string type) =>
        enumsDefinedHere.TryGetValue(type, out var code) ? code : PrimitiveTypeCode.Int32;

    public bool IsSystemType(string type) => string.Equals(type, "System.Type", StringComparison.Ordinal);
}
