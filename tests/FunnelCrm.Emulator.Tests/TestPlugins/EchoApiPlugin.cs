using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>
/// A custom API's main operation for tests: copies the input "Echo" to the output "Echoed", the stage and the Target's
/// id to "Stage" and "TargetId", and sets the output named by the input "SetOutput" to the text "x" when given.
/// </summary>
public sealed class EchoApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var input = context.InputParameters;
        if (input.Contains("Echo"))
        {
            context.OutputParameters["Echoed"] = input["Echo"];
        }

        context.OutputParameters["Stage"] = context.Stage;
        if (input.Contains("Target"))
        {
            context.OutputParameters["TargetId"] = ((EntityReference)input["Target"]).Id;
        }

        if (input.Contains("SetOutput") && input["SetOutput"] is string name)
        {
            context.OutputParameters[name] = "x";
        }
    }
}
