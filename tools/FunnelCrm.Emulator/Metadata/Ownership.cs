namespace FunnelCrm.Emulator.Metadata;

/// <summary>Who owns a table's rows.</summary>
public enum Ownership
{
    /// <summary>Rows have an owner (user or team) and owning business unit.</summary>
    UserOwned,
    /// <summary>Rows belong to the organization.</summary>
    OrganizationOwned,
}
