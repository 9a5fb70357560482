namespace FunnelCrm.Crm.Registration;

/// <summary>The one workflow activity group every FunnelCrm activity appears under.</summary>
public static class WorkflowActivityGroup
{
    /// <summary>The group name shown in the process designer.</summary>
    public const string Name = "FunnelCrm";
}
