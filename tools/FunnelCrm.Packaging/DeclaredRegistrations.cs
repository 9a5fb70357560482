using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Packaging;

/// <summary>One plugin or workflow activity class and what it declares.</summary>
public sealed class DeclaredType
{
    /// <summary>A declared class.</summary>
    public DeclaredType(Type type, IReadOnlyList<PluginStepAttribute> steps, IReadOnlyList<StepImageAttribute> images, WorkflowActivityAttribute? activity)
    {
        Type = type;
        Steps = steps;
        Images = images;
        Activity = activity;
    }

    /// <summary>The class.</summary>
    public Type Type { get; }

    /// <summary>Its steps (plugins).</summary>
    public IReadOnlyList<PluginStepAttribute> Steps { get; }

    /// <summary>Its images.</summary>
    public IReadOnlyList<StepImageAttribute> Images { get; }

    /// <summary>Its activity declaration (workflow activities).</summary>
    public WorkflowActivityAttribute? Activity { get; }
}

/// <summary>
/// The registrations declared in code, read by reflection from the net10.0 build of a deployable (the net462 DLL is
/// compiled from the same sources and is checked to hold the same classes). A plugin class without a step, or a
/// workflow activity without its declaration, is a problem.
/// </summary>
public static class DeclaredRegistrations
{
    /// <summary>The declared classes of the assembly, with the problems found.</summary>
    public static (IReadOnlyList<DeclaredType> Types, IReadOnlyList<string> Problems) Read(Assembly assembly)
    {
        var types = new List<DeclaredType>();
        var problems = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => t.IsClass && t.IsPublic && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var steps = type.GetCustomAttributes<PluginStepAttribute>(false).ToList();
            var images = type.GetCustomAttributes<StepImageAttribute>(false).ToList();
            var activity = type.GetCustomAttribute<WorkflowActivityAttribute>(false);
            var isPlugin = typeof(IPlugin).IsAssignableFrom(type);
            var isActivity = typeof(System.Activities.CodeActivity).IsAssignableFrom(type);
            if (isPlugin && steps.Count == 0)
            {
                problems.Add("Plugin " + type.FullName + " declares no step ([PluginStep]).");
            }

            if (isActivity && activity == null)
            {
                problems.Add("Workflow activity " + type.FullName + " has no [WorkflowActivity] declaration.");
            }

            foreach (var orphan in images.Where(i => steps.All(s => s.Id != i.StepId)))
            {
                problems.Add("Plugin " + type.FullName + ": image '" + orphan.Alias + "' names step " + orphan.StepId + ", which the class does not declare.");
            }

            if (isPlugin || isActivity)
            {
                types.Add(new DeclaredType(type, steps, images, activity));
            }
        }

        return (types, problems);
    }
}
