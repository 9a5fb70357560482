namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>Keys of <c>HttpContext.Items</c> set on the requests of a change set.</summary>
public static class ChangeSetItems
{
    /// <summary>Present (the change set's OrganizationTransaction) on a request inside a change set.</summary>
    public const string Transaction = "FunnelCrm.WebApi.ChangeSetTransaction";
}
