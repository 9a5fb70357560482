namespace FunnelCrm.Crm.Registration;

/// <summary>What a custom API is bound to (Dataverse's binding type codes).</summary>
public enum CustomApiBinding
{
    /// <summary>Unbound: <c>POST /{name}</c>.</summary>
    Global = 0,

    /// <summary>Bound to one record, which the message receives as its <c>Target</c> (an EntityReference).</summary>
    Entity = 1,

    /// <summary>Bound to a table's entity set; no Target.</summary>
    EntityCollection = 2,
}
