namespace FunnelCrm.Packaging.Assemblies;

/// <summary>What a registrable class is to Dataverse.</summary>
public enum RegistrableKind
{
    /// <summary>Implements Microsoft.Xrm.Sdk.IPlugin: registered as a plugin type with steps.</summary>
    Plugin,

    /// <summary>Derives from System.Activities.CodeActivity: registered as a custom workflow activity.</summary>
    WorkflowActivity,
}
