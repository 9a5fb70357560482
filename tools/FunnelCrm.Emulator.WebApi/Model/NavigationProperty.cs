namespace FunnelCrm.Emulator.WebApi.Model;

/// <summary>A single-valued navigation property: the lookup column it sets and the table it points at.</summary>
public sealed class NavigationProperty
{
    /// <summary>Describes a navigation property.</summary>
    public NavigationProperty(string name, string column, string targetTable)
    {
        Name = name;
        Column = column;
        TargetTable = targetTable;
    }

    /// <summary>The Web API name (<c>parentcustomerid_account</c>, <c>fcm_LeadId</c>); case-sensitive.</summary>
    public string Name { get; }

    /// <summary>The lookup column's logical name.</summary>
    public string Column { get; }

    /// <summary>The logical name of the table it points at.</summary>
    public string TargetTable { get; }
}
