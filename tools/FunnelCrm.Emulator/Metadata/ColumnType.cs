namespace FunnelCrm.Emulator.Metadata;

/// <summary>A column's data type, as Dataverse's AttributeTypeCode names it.</summary>
public enum ColumnType
{
    /// <summary>The table's primary key (Guid).</summary>
    PrimaryKey,
    /// <summary>Single line of text (string).</summary>
    String,
    /// <summary>Multiple lines of text (string).</summary>
    Memo,
    /// <summary>Whole number (int).</summary>
    Integer,
    /// <summary>Big integer (long).</summary>
    BigInt,
    /// <summary>Decimal number (decimal).</summary>
    Decimal,
    /// <summary>Floating point number (double).</summary>
    Double,
    /// <summary>Currency (Money).</summary>
    Money,
    /// <summary>Yes/no (bool).</summary>
    Boolean,
    /// <summary>Date and time (DateTime).</summary>
    DateTime,
    /// <summary>Lookup to one or more tables (EntityReference).</summary>
    Lookup,
    /// <summary>Customer lookup: account or contact (EntityReference).</summary>
    Customer,
    /// <summary>Owner lookup: systemuser or team (EntityReference).</summary>
    Owner,
    /// <summary>Choice (OptionSetValue).</summary>
    Picklist,
    /// <summary>Status (statecode, OptionSetValue).</summary>
    State,
    /// <summary>Status reason (statuscode, OptionSetValue).</summary>
    Status,
    /// <summary>A Guid that is not the primary key.</summary>
    UniqueIdentifier,
    /// <summary>A table name (string).</summary>
    EntityName,
    /// <summary>Activity party list (EntityCollection of activityparty).</summary>
    PartyList,
    /// <summary>Choices (OptionSetValueCollection).</summary>
    MultiSelectPicklist,
}
