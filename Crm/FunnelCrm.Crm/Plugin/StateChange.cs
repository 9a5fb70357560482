using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Plugin;

/// <summary>
/// The state and status a step's operation asks for, whichever way it was sent: an Update carrying statecode and
/// statuscode (the unified interface and current code), or the deprecated SetState and SetStateDynamicEntity (inputs
/// EntityMoniker, State and Status).
/// </summary>
public sealed class StateChange
{
    private StateChange(int? state, int status)
    {
        State = state;
        Status = status;
    }

    /// <summary>The requested state, or null when the operation changes none.</summary>
    public int? State { get; }

    /// <summary>The requested status reason, or -1 for the state's default.</summary>
    public int Status { get; }

    /// <summary>Reads the requested change from the operation's inputs.</summary>
    public static StateChange Of(IPluginExecutionContext context)
    {
        var input = context.InputParameters;
        if (context.MessageName == "SetState" || context.MessageName == "SetStateDynamicEntity")
        {
            return new StateChange((input["State"] as OptionSetValue)?.Value, (input.Contains("Status") ? input["Status"] as OptionSetValue : null)?.Value ?? -1);
        }

        var target = input.Contains("Target") ? input["Target"] as Entity : null;
        return new StateChange(target?.GetAttributeValue<OptionSetValue>("statecode")?.Value, target?.GetAttributeValue<OptionSetValue>("statuscode")?.Value ?? -1);
    }
}
