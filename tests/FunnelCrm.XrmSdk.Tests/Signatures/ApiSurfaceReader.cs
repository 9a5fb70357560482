using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FunnelCrm.XrmSdk.Tests.Signatures;

/// <summary>
/// Reads the public API of an assembly from its metadata (no loading) as one line per element:
/// <c>Microsoft.Xrm.Sdk.Money: public .ctor(System.Decimal value)</c>. A type contributes its declaration line,
/// one <c>implements</c> line per interface it declares, its serialization contract attributes, and its visible members
/// (public, protected, protected internal), each with modifiers, full type names, parameter names and the
/// System.Runtime.Serialization attributes it carries.
/// </summary>
public static class ApiSurfaceReader
{
    private static readonly SignatureFormatter Formatter = new();

    private static readonly HashSet<string> ContractAttributes = new(StringComparer.Ordinal)
    {
        "System.Runtime.Serialization.DataContractAttribute",
        "System.Runtime.Serialization.CollectionDataContractAttribute",
        "System.Runtime.Serialization.DataMemberAttribute",
        "System.Runtime.Serialization.EnumMemberAttribute",
    };

    /// <summary>The API lines of the assembly at <paramref name="path"/>, sorted ordinally.</summary>
    public static IReadOnlyList<string> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var lines = new List<string>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (IsVisible(reader, type))
            {
                ReadType(reader, handle, type, lines);
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The identity of the assembly at <paramref name="path"/>: name, version, culture and public key token.</summary>
    public static AssemblyName ReadIdentity(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        return pe.GetMetadataReader().GetAssemblyDefinition().GetAssemblyName();
    }

    private static bool IsVisible(MetadataReader reader, TypeDefinition type)
    {
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        if (visibility == TypeAttributes.Public)
        {
            return true;
        }

        return (visibility == TypeAttributes.NestedPublic || visibility == TypeAttributes.NestedFamily || visibility == TypeAttributes.NestedFamORAssem)
            && IsVisible(reader, reader.GetTypeDefinition(type.GetDeclaringType()));
    }

    private static void ReadType(MetadataReader reader, TypeDefinitionHandle handle, TypeDefinition type, List<string> lines)
    {
        var typeParameters = SignatureFormatter.ParameterNames(reader, type.GetGenericParameters());
        var scope = new GenericScope(typeParameters, ImmutableArray<string>.Empty);
        var name = Formatter.GetTypeFromDefinition(reader, handle, 0) + GenericSuffix(typeParameters);
        var prefix = name + ": ";
        var baseType = type.BaseType.IsNil ? null : TypeName(reader, type.BaseType, scope);
        var isInterface = (type.Attributes & TypeAttributes.Interface) != 0;
        var isEnum = baseType == "System.Enum";

        lines.Add(prefix + TypeDeclaration(reader, type, baseType, isInterface, isEnum, scope));
        foreach (var attribute in ContractAttributeTexts(reader, type.GetCustomAttributes()))
        {
            lines.Add(prefix + attribute);
        }

        foreach (var implementation in type.GetInterfaceImplementations())
        {
            lines.Add(prefix + "implements " + TypeName(reader, reader.GetInterfaceImplementation(implementation).Interface, scope));
        }

        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            var text = FieldText(reader, field, isEnum, scope);
            if (text != null)
            {
                lines.Add(prefix + text);
            }
        }

        var accessors = new HashSet<MethodDefinitionHandle>();
        foreach (var propertyHandle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(propertyHandle);
            var propertyAccessors = property.GetAccessors();
            accessors.Add(propertyAccessors.Getter);
            accessors.Add(propertyAccessors.Setter);
            var text = PropertyText(reader, property, isInterface, scope);
            if (text != null)
            {
                lines.Add(prefix + text);
            }
        }

        foreach (var eventHandle in type.GetEvents())
        {
            var eventAccessors = reader.GetEventDefinition(eventHandle).GetAccessors();
            accessors.Add(eventAccessors.Adder);
            accessors.Add(eventAccessors.Remover);
        }

        foreach (var methodHandle in type.GetMethods())
        {
            if (accessors.Contains(methodHandle))
            {
                continue;
            }

            var text = MethodText(reader, reader.GetMethodDefinition(methodHandle), isInterface, typeParameters);
            if (text != null)
            {
                lines.Add(prefix + text);
            }
        }
    }

    private static string TypeDeclaration(MetadataReader reader, TypeDefinition type, string? baseType, bool isInterface, bool isEnum, GenericScope scope)
    {
        var attributes = type.Attributes;
        var constraints = ConstraintsText(reader, type.GetGenericParameters(), scope);
        if (isInterface)
        {
            return "public interface" + constraints;
        }

        if (isEnum)
        {
            var underlying = type.GetFields()
                .Select(reader.GetFieldDefinition)
                .First(f => (f.Attributes & FieldAttributes.Static) == 0)
                .DecodeSignature(Formatter, scope);
            return "public enum : " + underlying;
        }

        if (baseType == "System.ValueType")
        {
            return "public struct" + constraints;
        }

        if (baseType == "System.MulticastDelegate")
        {
            return "public delegate" + constraints;
        }

        var isAbstract = (attributes & TypeAttributes.Abstract) != 0;
        var isSealed = (attributes & TypeAttributes.Sealed) != 0;
        var modifier = isAbstract && isSealed ? "static " : isAbstract ? "abstract " : isSealed ? "sealed " : string.Empty;
        return "public " + modifier + "class : " + baseType + constraints;
    }

    private static string? FieldText(MetadataReader reader, FieldDefinition field, bool isEnum, GenericScope scope)
    {
        var attributes = field.Attributes;
        var visibility = Visibility((MethodAttributes)(int)(attributes & FieldAttributes.FieldAccessMask));
        if (visibility == null || (attributes & FieldAttributes.RTSpecialName) != 0)
        {
            return null;
        }

        var name = reader.GetString(field.Name);
        var contract = string.Concat(ContractAttributeTexts(reader, field.GetCustomAttributes()).Select(a => a + " "));
        if (isEnum)
        {
            return contract + name + " = " + ConstantText(reader, field.GetDefaultValue());
        }

        var type = field.DecodeSignature(Formatter, scope);
        if ((attributes & FieldAttributes.Literal) != 0)
        {
            return contract + visibility + " const " + type + " " + name + " = " + ConstantText(reader, field.GetDefaultValue());
        }

        var modifiers = ((attributes & FieldAttributes.Static) != 0 ? " static" : string.Empty)
            + ((attributes & FieldAttributes.InitOnly) != 0 ? " readonly" : string.Empty);
        return contract + visibility + modifiers + " " + type + " " + name;
    }

    private static string? PropertyText(MetadataReader reader, PropertyDefinition property, bool isInterface, GenericScope scope)
    {
        var accessors = property.GetAccessors();
        var getter = accessors.Getter.IsNil ? (MethodDefinition?)null : reader.GetMethodDefinition(accessors.Getter);
        var setter = accessors.Setter.IsNil ? (MethodDefinition?)null : reader.GetMethodDefinition(accessors.Setter);
        var getterVisibility = getter == null ? null : Visibility(getter.Value.Attributes);
        var setterVisibility = setter == null ? null : Visibility(setter.Value.Attributes);
        if (getterVisibility == null && setterVisibility == null)
        {
            return null;
        }

        var main = getterVisibility != null ? getter!.Value : setter!.Value;
        var mainVisibility = getterVisibility ?? setterVisibility!;
        var signature = property.DecodeSignature(Formatter, scope);
        var name = reader.GetString(property.Name);
        if (signature.ParameterTypes.Length > 0)
        {
            var names = ParameterNames(reader, main);
            name += "[" + string.Join(", ", signature.ParameterTypes.Select((t, i) => t + " " + names[i])) + "]";
        }

        var body = (getterVisibility == null ? string.Empty : AccessorText(getterVisibility, mainVisibility, "get"))
            + (setterVisibility == null ? string.Empty : AccessorText(setterVisibility, mainVisibility, "set"));
        var contract = string.Concat(ContractAttributeTexts(reader, property.GetCustomAttributes()).Select(a => a + " "));
        return contract + Modifiers(main.Attributes, isInterface) + signature.ReturnType + " " + name + " {" + body + " }";
    }

    private static string AccessorText(string visibility, string propertyVisibility, string accessor) =>
        visibility == propertyVisibility ? " " + accessor + ";" : " " + visibility + " " + accessor + ";";

    private static string? MethodText(MetadataReader reader, MethodDefinition method, bool isInterface, ImmutableArray<string> typeParameters)
    {
        if (Visibility(method.Attributes) == null)
        {
            return null;
        }

        var methodParameters = SignatureFormatter.ParameterNames(reader, method.GetGenericParameters());
        var scope = new GenericScope(typeParameters, methodParameters);
        var signature = method.DecodeSignature(Formatter, scope);
        var name = reader.GetString(method.Name);
        var isConstructor = name == ".ctor" || name == ".cctor";
        if (name == ".cctor")
        {
            return null;
        }

        var isExtension = HasAttribute(reader, method.GetCustomAttributes(), "System.Runtime.CompilerServices.ExtensionAttribute");
        var names = ParameterNames(reader, method);
        var parameterTexts = new List<string>();
        var parameterHandles = method.GetParameters().Select(reader.GetParameter).Where(p => p.SequenceNumber > 0).ToDictionary(p => p.SequenceNumber);
        for (var i = 0; i < signature.ParameterTypes.Length; i++)
        {
            var type = signature.ParameterTypes[i];
            var prefix = i == 0 && isExtension ? "this " : string.Empty;
            if (parameterHandles.TryGetValue(i + 1, out var parameter))
            {
                if (HasAttribute(reader, parameter.GetCustomAttributes(), "System.ParamArrayAttribute"))
                {
                    prefix += "params ";
                }

                if (type.EndsWith("&", StringComparison.Ordinal))
                {
                    prefix += (parameter.Attributes & ParameterAttributes.Out) != 0 ? "out " : "ref ";
                    type = type.Substring(0, type.Length - 1);
                }
            }

            parameterTexts.Add(prefix + type + " " + names[i]);
        }

        var returnPart = isConstructor ? string.Empty : signature.ReturnType + " ";
        return Modifiers(method.Attributes, isInterface) + returnPart + name + GenericSuffix(methodParameters)
            + "(" + string.Join(", ", parameterTexts) + ")" + ConstraintsText(reader, method.GetGenericParameters(), scope);
    }

    private static string[] ParameterNames(MetadataReader reader, MethodDefinition method)
    {
        var count = method.DecodeSignature(Formatter, new GenericScope(
            Enumerable.Repeat("T", 64).ToImmutableArray(), Enumerable.Repeat("T", 64).ToImmutableArray())).ParameterTypes.Length;
        var names = Enumerable.Range(1, count).Select(i => "arg" + i).ToArray();
        foreach (var handle in method.GetParameters())
        {
            var parameter = reader.GetParameter(handle);
            if (parameter.SequenceNumber > 0 && parameter.SequenceNumber <= count)
            {
                names[parameter.SequenceNumber - 1] = reader.GetString(parameter.Name);
            }
        }

        return names;
    }

    private static string ConstraintsText(MetadataReader reader, GenericParameterHandleCollection parameters, GenericScope scope)
    {
        var clauses = new List<string>();
        foreach (var handle in parameters)
        {
            var parameter = reader.GetGenericParameter(handle);
            var parts = new List<string>();
            var flags = parameter.Attributes;
            if ((flags & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                parts.Add("class");
            }

            if ((flags & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0)
            {
                parts.Add("struct");
            }

            parts.AddRange(parameter.GetConstraints()
                .Select(c => TypeName(reader, reader.GetGenericParameterConstraint(c).Type, scope))
                .Where(t => t != "System.ValueType")
                .OrderBy(t => t, StringComparer.Ordinal));
            if ((flags & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && (flags & GenericParameterAttributes.NotNullableValueTypeConstraint) == 0)
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                clauses.Add(" where " + reader.GetString(parameter.Name) + " : " + string.Join(", ", parts));
            }
        }

        return string.Concat(clauses);
    }

    private static string GenericSuffix(ImmutableArray<string> parameters) =>
        parameters.Length == 0 ? string.Empty : "<" + string.Join(", ", parameters) + ">";

    private static string? Visibility(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
    {
        MethodAttributes.Public => "public",
        MethodAttributes.Family => "protected",
        MethodAttributes.FamORAssem => "protected internal",
        _ => null,
    };

    private static string Modifiers(MethodAttributes attributes, bool isInterface)
    {
        var visibility = Visibility(attributes)!;
        var isStatic = (attributes & MethodAttributes.Static) != 0;
        if (isInterface && !isStatic)
        {
            return string.Empty;
        }

        var modifier = string.Empty;
        if (isStatic)
        {
            modifier = "static ";
        }
        else if ((attributes & MethodAttributes.Abstract) != 0)
        {
            modifier = (attributes & MethodAttributes.NewSlot) != 0 ? "abstract " : "abstract override ";
        }
        else if ((attributes & MethodAttributes.Virtual) != 0)
        {
            var isNewSlot = (attributes & MethodAttributes.NewSlot) != 0;
            var isFinal = (attributes & MethodAttributes.Final) != 0;
            modifier = isNewSlot ? (isFinal ? string.Empty : "virtual ") : (isFinal ? "sealed override " : "override ");
        }

        return visibility + " " + modifier;
    }

    private static string TypeName(MetadataReader reader, EntityHandle handle, GenericScope scope) => handle.Kind switch
    {
        HandleKind.TypeDefinition => Formatter.GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
        HandleKind.TypeReference => Formatter.GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0),
        HandleKind.TypeSpecification => Formatter.GetTypeFromSpecification(reader, scope, (TypeSpecificationHandle)handle, 0),
        _ => handle.Kind.ToString(),
    };

    private static string AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        var constructor = attribute.Constructor;
        EntityHandle parent = constructor.Kind == HandleKind.MemberReference
            ? reader.GetMemberReference((MemberReferenceHandle)constructor).Parent
            : reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
        return TypeName(reader, parent, new GenericScope(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty));
    }

    private static bool HasAttribute(MetadataReader reader, CustomAttributeHandleCollection attributes, string typeName) =>
        attributes.Any(a => AttributeTypeName(reader, reader.GetCustomAttribute(a)) == typeName);

    private static IEnumerable<string> ContractAttributeTexts(MetadataReader reader, CustomAttributeHandleCollection attributes)
    {
        var texts = new List<string>();
        foreach (var handle in attributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            var typeName = AttributeTypeName(reader, attribute);
            if (!ContractAttributes.Contains(typeName))
            {
                continue;
            }

            var value = attribute.DecodeValue(Formatter);
            var arguments = value.FixedArguments.Select(a => ValueText(a.Value))
                .Concat(value.NamedArguments.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Name + " = " + ValueText(a.Value)))
                .ToList();
            var shortName = typeName.Substring(typeName.LastIndexOf('.') + 1);
            shortName = shortName.Substring(0, shortName.Length - "Attribute".Length);
            texts.Add("[" + shortName + (arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")") + "]");
        }

        texts.Sort(StringComparer.Ordinal);
        return texts;
    }

    private static string ValueText(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };

    private static string ConstantText(MetadataReader reader, ConstantHandle handle)
    {
        if (handle.IsNil)
        {
            return "?";
        }

        var constant = reader.GetConstant(handle);
        var blob = reader.GetBlobReader(constant.Value);
        object? value = constant.TypeCode switch
        {
            ConstantTypeCode.Boolean => blob.ReadBoolean(),
            ConstantTypeCode.Char => blob.ReadChar(),
            ConstantTypeCode.SByte => blob.ReadSByte(),
            ConstantTypeCode.Byte => blob.ReadByte(),
            ConstantTypeCode.Int16 => blob.ReadInt16(),
            ConstantTypeCode.UInt16 => blob.ReadUInt16(),
            ConstantTypeCode.Int32 => blob.ReadInt32(),
            ConstantTypeCode.UInt32 => blob.ReadUInt32(),
            ConstantTypeCode.Int64 => blob.ReadInt64(),
            ConstantTypeCode.UInt64 => blob.ReadUInt64(),
            ConstantTypeCode.Single => blob.ReadSingle(),
            ConstantTypeCode.Double => blob.ReadDouble(),
            ConstantTypeCode.String => blob.ReadUTF16(blob.Length),
            _ => null,
        };
        return ValueText(value);
    }
}
