using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Plugin;

/// <summary>
/// The base of every FunnelCrm plugin: a sealed <see cref="Execute"/> that builds a <see cref="LocalPluginContext"/>,
/// checks the event against the class's own <see cref="PluginStepAttribute"/> declarations, or its
/// <see cref="CustomApiAttribute"/> (the API's message in the main operation stage), tracing and returning when it is
/// none of them or a declared image is missing; traces entry, exit and elapsed time, and lets only
/// <see cref="InvalidPluginExecutionException"/> escape. A call the step made that failed (a nested step's refusal, a
/// missing privilege) reaches the user with its own message and error code; any other failure is named as FunnelCrm's.
/// </summary>
public abstract class PluginBase : IPlugin
{
    private readonly PluginStepAttribute[] steps;
    private readonly StepImageAttribute[] images;
    private readonly CustomApiAttribute? customApi;

    /// <summary>Reads the class's declarations once; Dataverse caches the instance and shares it across threads.</summary>
    protected PluginBase()
    {
        var type = GetType();
        steps = type.GetCustomAttributes<PluginStepAttribute>(false).ToArray();
        images = type.GetCustomAttributes<StepImageAttribute>(false).ToArray();
        customApi = type.GetCustomAttribute<CustomApiAttribute>(false);
    }

    /// <summary>Runs the plugin for one event.</summary>
    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null)
        {
            throw new InvalidPluginExecutionException("FunnelCrm: the plugin was started without a service provider.");
        }

        var local = new LocalPluginContext(serviceProvider);
        var name = GetType().Name;
        var step = FindStep(local.Context);
        if (step == null && !IsMainOperation(local.Context))
        {
            local.Trace("{0}: not registered for {1} of {2} in stage {3}; nothing to do.", name, local.Context.MessageName, local.Context.PrimaryEntityName, local.Context.Stage);
            return;
        }

        var missingImage = step == null ? null : images.FirstOrDefault(i => i.StepId == step.Id && !HasImage(local.Context, i));
        if (missingImage != null)
        {
            local.Trace("{0}: the image '{1}' is not in the context; nothing to do.", name, missingImage.Alias);
            return;
        }

        var watch = Stopwatch.StartNew();
        local.Trace("{0}: start {1} of {2} {3} (stage {4}, depth {5}).", name, local.Context.MessageName, local.Context.PrimaryEntityName, local.Context.PrimaryEntityId, local.Context.Stage, local.Context.Depth);
        try
        {
            ExecuteStep(local);
        }
        catch (InvalidPluginExecutionException refusal)
        {
            local.Trace("{0}: refused: {1}", name, refusal.Message);
            throw;
        }
        catch (Exception failure) when (ServiceFaults.AsRefusal(failure) is InvalidPluginExecutionException refusal)
        {
            local.Trace("{0}: a call it made failed: {1}", name, failure);
            throw refusal;
        }
        catch (Exception failure)
        {
            local.Trace("{0}: failed: {1}", name, failure);
            throw new InvalidPluginExecutionException("FunnelCrm could not complete " + Describe(local.Context) + ": " + failure.Message, failure);
        }
        finally
        {
            local.Trace("{0}: end after {1} ms.", name, watch.ElapsedMilliseconds);
        }
    }

    /// <summary>The plugin's work for one event that matches one of its declared steps.</summary>
    protected abstract void ExecuteStep(LocalPluginContext context);

    private PluginStepAttribute? FindStep(IPluginExecutionContext context) =>
        steps.FirstOrDefault(s =>
            string.Equals(s.Message, context.MessageName, StringComparison.OrdinalIgnoreCase)
            && string.Equals(s.Table, context.PrimaryEntityName, StringComparison.OrdinalIgnoreCase)
            && (int)s.Stage == context.Stage
            && (int)s.Mode == context.Mode);

    private bool IsMainOperation(IPluginExecutionContext context) =>
        customApi != null && context.Stage == CustomApiAttribute.MainOperationStage
        && string.Equals(customApi.UniqueName, context.MessageName, StringComparison.OrdinalIgnoreCase);

    private static bool HasImage(IPluginExecutionContext context, StepImageAttribute image)
    {
        var pre = image.ImageType != StepImageType.PostImage;
        var post = image.ImageType != StepImageType.PreImage;
        return (!pre || context.PreEntityImages.Contains(image.Alias)) && (!post || context.PostEntityImages.Contains(image.Alias));
    }

    private static string Describe(IPluginExecutionContext context) =>
        context.MessageName + " of " + context.PrimaryEntityName + (context.PrimaryEntityId == Guid.Empty ? "" : " " + context.PrimaryEntityId);

    /// <summary>The steps this class declares (for tests and tools).</summary>
    public IReadOnlyList<PluginStepAttribute> DeclaredSteps => steps;
}
