using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>The registered steps, each with its plugin instance created once (as Dataverse caches it) and shared by all threads.</summary>
internal sealed class StepRegistry
{
    private readonly object sync = new();
    private List<RegisteredStep> steps = new();

    public void Register(StepRegistration registration)
    {
        if (!typeof(IPlugin).IsAssignableFrom(registration.PluginType))
        {
            throw new StepRegistrationException(registration.Name, new[] { $"{registration.PluginType.FullName} does not implement IPlugin." });
        }
        var refusals = StepRules.Check(registration);
        if (refusals.Count > 0)
        {
            throw new StepRegistrationException(registration.Name, refusals);
        }
        var step = new RegisteredStep(registration);
        lock (sync)
        {
            steps = steps.Append(step).ToList();
        }
    }

    /// <summary>Removes the step with the id; returns whether one was registered.</summary>
    public bool Unregister(Guid stepId)
    {
        lock (sync)
        {
            var kept = steps.Where(s => s.Registration.Id != stepId).ToList();
            var removed = kept.Count != steps.Count;
            steps = kept;
            return removed;
        }
    }

    public IReadOnlyList<StepRegistration> Registrations => steps.Select(s => s.Registration).ToList();

    public IReadOnlyList<RegisteredStep> Find(string message, string table, PipelineStage stage, StepMode mode) =>
        steps.Where(s => s.Registration.Message == message && s.Registration.Stage == stage && s.Registration.Mode == mode
                && (s.Registration.Table.Length == 0 || s.Registration.Table == table))
            .OrderBy(s => s.Registration.Rank)
            .ToList();

    /// <summary>Reads the PluginStep and StepImage declarations on a type into registrations.</summary>
    public static IReadOnlyList<StepRegistration> FromDeclarations(Type pluginType)
    {
        var images = pluginType.GetCustomAttributes<StepImageAttribute>(false).ToList();
        var declared = pluginType.GetCustomAttributes<PluginStepAttribute>(false).ToList();
        var orphan = images.FirstOrDefault(i => declared.All(s => !string.Equals(s.Id, i.StepId, StringComparison.OrdinalIgnoreCase)));
        if (orphan != null)
        {
            throw new StepRegistrationException(pluginType.FullName ?? pluginType.Name,
                new[] { $"The image '{orphan.Alias}' names step {orphan.StepId}, which {pluginType.FullName} does not declare." });
        }
        return declared.Select(step => new StepRegistration(pluginType, step.Message, step.Table, step.Stage)
        {
            Id = Guid.Parse(step.Id),
            Mode = step.Mode,
            Rank = step.Rank,
            FilteringAttributes = step.FilteringAttributes.Select(a => a.ToLowerInvariant()).ToArray(),
            DeleteAsyncOperationOnSuccess = step.DeleteAsyncOperationOnSuccess,
            Images = images.Where(i => string.Equals(i.StepId, step.Id, StringComparison.OrdinalIgnoreCase))
                .Select(i => new ImageRegistration(i.Alias, i.ImageType, i.Attributes)).ToArray(),
        }).ToList();
    }
}

/// <summary>A registration with its cached plugin instance.</summary>
internal sealed class RegisteredStep
{
    private readonly Lazy<IPlugin> plugin;

    public RegisteredStep(StepRegistration registration)
    {
        Registration = registration;
        plugin = new Lazy<IPlugin>(() => CreatePlugin(registration), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public StepRegistration Registration { get; }

    public IPlugin Plugin => plugin.Value;

    private static IPlugin CreatePlugin(StepRegistration registration)
    {
        if (registration.Instance != null)
        {
            return registration.Instance;
        }
        var type = registration.PluginType;
        var configured = type.GetConstructor(new[] { typeof(string), typeof(string) });
        if (configured != null)
        {
            return (IPlugin)configured.Invoke(new object?[] { registration.UnsecureConfiguration, registration.SecureConfiguration });
        }
        return (IPlugin)(Activator.CreateInstance(type)
            ?? throw new StepRegistrationException(registration.Name, new[] { $"{type.FullName} has no public parameterless or (string, string) constructor." }));
    }
}
