namespace FunnelCrm.Crm.Schema;

/// <summary>The field security profile the solution ships for the lead's secured bookkeeping columns.</summary>
public static class FieldSecurityProfiles
{
    /// <summary>Reads the funnel bookkeeping (scores, grade, explanation, milestone dates, SLA due time); nobody but FunnelCrm writes it.</summary>
    public const string FunnelReadersName = "FunnelCrm Funnel Readers";

    /// <summary>Its fieldsecurityprofileid.</summary>
    public const string FunnelReadersId = "{dbe88ba8-7486-4385-b9d9-ad1739ee4f27}";
}
