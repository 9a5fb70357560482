using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Support;

/// <summary>
/// Runs <typeparamref name="TPlugin"/> for one of its declared steps with every entity image replaced by a
/// <see cref="RecordingImage"/>, so a test learns which columns the step reads from its images. Registered with images
/// of every column, so what the step reads is not limited by what it declares.
/// </summary>
internal sealed class RecordingPlugin<TPlugin> : IPlugin where TPlugin : IPlugin, new()
{
    private readonly TPlugin plugin = new TPlugin();
    private readonly ImageReads reads;
    private readonly string stepId;

    public RecordingPlugin(string? unsecure, string? secure)
    {
        var parts = (unsecure ?? "").Split('|');
        reads = ImageReads.For(parts[0]);
        stepId = parts[1];
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Record(context.PreEntityImages);
        Record(context.PostEntityImages);
        plugin.Execute(serviceProvider);
    }

    private void Record(EntityImageCollection images)
    {
        foreach (var alias in images.Keys.ToList())
        {
            images[alias] = new RecordingImage(images[alias], column => reads.Add(typeof(TPlugin).Name, stepId, alias, column));
        }
    }
}

/// <summary>Registers plugin classes through <see cref="RecordingPlugin{TPlugin}"/>.</summary>
internal static class RecordingPlugin
{
    /// <summary>A class's declared steps, each registered through the recorder with images of every column.</summary>
    public static IEnumerable<StepRegistration> Registrations(IEnumerable<StepRegistration> declared, ImageReads reads) =>
        declared.Select(step => new StepRegistration(typeof(RecordingPlugin<>).MakeGenericType(step.PluginType), step.Message, step.Table, step.Stage)
        {
            Id = step.Id,
            Mode = step.Mode,
            Rank = step.Rank,
            FilteringAttributes = step.FilteringAttributes,
            DeleteAsyncOperationOnSuccess = step.DeleteAsyncOperationOnSuccess,
            Images = step.Images.Select(image => new ImageRegistration(image.Alias, image.ImageType)).ToArray(),
            UnsecureConfiguration = reads.Key + "|" + step.Id,
        }).ToList();
}
