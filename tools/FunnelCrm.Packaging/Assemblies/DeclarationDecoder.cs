using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Packaging.Assemblies;

/// <summary>
/// Decodes the [PluginStep], [StepImage], [WorkflowActivity], [CustomApi], [CustomApiParameter] and [CustomApiResponse] custom attribute blobs of one class (constructor
/// arguments, named arguments, enums and string arrays), matching the attributes by full type name wherever they
/// are defined (compiled into the net462 deployable, or FunnelCrm.Crm.dll for a net10.0 build).
/// </summary>
internal static class DeclarationDecoder
{
    private const string Namespace = "FunnelCrm.Crm.Registration.";

    public static RegistrableType Decode(MetadataReader reader, AttributeTypeProvider provider, TypeDefinition definition, string typeName, RegistrableKind kind, List<string> problems)
    {
        var steps = new List<DeclaredStep>();
        var images = new List<DeclaredImage>();
        DeclaredActivity? activity = null;
        DeclaredCustomApi? customApi = null;
        var parameters = new List<DeclaredCustomApiField>();
        var responses = new List<DeclaredCustomApiField>();
        foreach (var attribute in definition.GetCustomAttributes().Select(reader.GetCustomAttribute))
        {
            var attributeName = AttributeTypeName(reader, attribute);
            if (attributeName == null || !attributeName.StartsWith(Namespace, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                var value = attribute.DecodeValue(provider);
                switch (attributeName.Substring(Namespace.Length))
                {
                    case nameof(PluginStepAttribute):
                        steps.Add(Step(value));
                        break;
                    case nameof(StepImageAttribute):
                        images.Add(Image(value));
                        break;
                    case nameof(WorkflowActivityAttribute):
                        activity = Activity(value);
                        break;
                    case nameof(CustomApiAttribute):
                        customApi = CustomApi(value);
                        break;
                    case nameof(CustomApiParameterAttribute):
                        parameters.Add(Field(value));
                        break;
                    case nameof(CustomApiResponseAttribute):
                        responses.Add(Field(value));
                        break;
                }
            }
            catch (Exception e) when (e is BadImageFormatException or InvalidCastException or ArgumentOutOfRangeException)
            {
                problems.Add(typeName + ": its " + attributeName + " declaration cannot be read (" + e.Message + ").");
            }
        }

        if (customApi != null)
        {
            customApi.Parameters.AddRange(parameters);
            customApi.Responses.AddRange(responses);
        }
        else if (parameters.Count + responses.Count > 0)
        {
            problems.Add(typeName + ": it declares custom API parameters or response properties but no [CustomApi].");
        }

        return new RegistrableType(typeName, kind, steps, images, activity, customApi);
    }

    private static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute) => attribute.Constructor.Kind switch
    {
        HandleKind.MethodDefinition => MetadataNames.Of(reader, reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()),
        HandleKind.MemberReference => MetadataNames.Of(reader, reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent),
        _ => null,
    };

    private static DeclaredStep Step(CustomAttributeValue<string> value)
    {
        var step = new DeclaredStep(Text(value, 0), Text(value, 1), Text(value, 2), (PipelineStage)Number(value, 3));
        foreach (var named in value.NamedArguments)
        {
            switch (named.Name)
            {
                case nameof(PluginStepAttribute.Mode):
                    step.Mode = (StepMode)(int)named.Value!;
                    break;
                case nameof(PluginStepAttribute.Rank):
                    step.Rank = (int)named.Value!;
                    break;
                case nameof(PluginStepAttribute.FilteringAttributes):
                    step.FilteringAttributes = Texts(named.Value);
                    break;
                case nameof(PluginStepAttribute.Description):
                    step.Description = (string?)named.Value ?? "";
                    break;
                case nameof(PluginStepAttribute.DeleteAsyncOperationOnSuccess):
                    step.DeleteAsyncOperationOnSuccess = (bool)named.Value!;
                    break;
            }
        }

        return step;
    }

    private static DeclaredImage Image(CustomAttributeValue<string> value)
    {
        var image = new DeclaredImage(Text(value, 0), Text(value, 1), (StepImageType)Number(value, 2));
        foreach (var named in value.NamedArguments)
        {
            switch (named.Name)
            {
                case nameof(StepImageAttribute.Attributes):
                    image.Attributes = Texts(named.Value);
                    break;
                case nameof(StepImageAttribute.Id):
                    image.Id = (string?)named.Value ?? "";
                    break;
            }
        }

        return image;
    }

    private static DeclaredActivity Activity(CustomAttributeValue<string> value)
    {
        var activity = new DeclaredActivity(Text(value, 0), Text(value, 1)) { Group = WorkflowActivityGroup.Name };
        foreach (var named in value.NamedArguments)
        {
            switch (named.Name)
            {
                case nameof(WorkflowActivityAttribute.Group):
                    activity.Group = (string?)named.Value ?? "";
                    break;
                case nameof(WorkflowActivityAttribute.Description):
                    activity.Description = (string?)named.Value ?? "";
                    break;
            }
        }

        return activity;
    }

    private static DeclaredCustomApi CustomApi(CustomAttributeValue<string> value)
    {
        var api = new DeclaredCustomApi(Text(value, 0));
        foreach (var named in value.NamedArguments)
        {
            if (api.Labels.Take(named.Name ?? "", named.Value))
            {
                continue;
            }

            switch (named.Name)
            {
                case nameof(CustomApiAttribute.Binding):
                    api.Binding = (CustomApiBinding)(int)named.Value!;
                    break;
                case nameof(CustomApiAttribute.BoundTable):
                    api.BoundTable = (string?)named.Value ?? "";
                    break;
                case nameof(CustomApiAttribute.IsFunction):
                    api.IsFunction = (bool)named.Value!;
                    break;
                case nameof(CustomApiAttribute.IsPrivate):
                    api.IsPrivate = (bool)named.Value!;
                    break;
                case nameof(CustomApiAttribute.ExecutePrivilegeName):
                    api.ExecutePrivilegeName = (string?)named.Value ?? "";
                    break;
                case nameof(CustomApiAttribute.AllowedCustomProcessingStepType):
                    api.AllowedCustomProcessingStepType = (CustomProcessingStepType)(int)named.Value!;
                    break;
            }
        }

        return api;
    }

    private static DeclaredCustomApiField Field(CustomAttributeValue<string> value)
    {
        var field = new DeclaredCustomApiField(Text(value, 0), (CustomApiFieldType)Number(value, 1));
        foreach (var named in value.NamedArguments)
        {
            if (field.Labels.Take(named.Name ?? "", named.Value))
            {
                continue;
            }

            switch (named.Name)
            {
                case nameof(CustomApiParameterAttribute.IsOptional):
                    field.IsOptional = (bool)named.Value!;
                    break;
                case nameof(CustomApiParameterAttribute.Table):
                    field.Table = (string?)named.Value ?? "";
                    break;
            }
        }

        return field;
    }

    private static string Text(CustomAttributeValue<string> value, int index) => (string?)value.FixedArguments[index].Value ?? "";

    private static int Number(CustomAttributeValue<string> value, int index) => (int)value.FixedArguments[index].Value!;

    private static IReadOnlyList<string> Texts(object? array) => array is ImmutableArray<CustomAttributeTypedArgument<string>> items
        ? items.Select(i => (string?)i.Value ?? "").ToList()
        : new string[0];
}
