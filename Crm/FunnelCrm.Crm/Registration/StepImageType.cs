namespace FunnelCrm.Crm.Registration;

/// <summary>Which entity image a step asks for (Dataverse's image type numbers).</summary>
public enum StepImageType
{
    /// <summary>The row as it was before the operation.</summary>
    PreImage = 0,

    /// <summary>The row as it is after the operation.</summary>
    PostImage = 1,

    /// <summary>Both images under the same alias.</summary>
    Both = 2,
}
