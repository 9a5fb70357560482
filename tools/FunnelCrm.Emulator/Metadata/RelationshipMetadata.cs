namespace FunnelCrm.Emulator.Metadata;

/// <summary>
/// A relationship. One-to-many: <see cref="ReferencingTable"/>.<see cref="ReferencingColumn"/> points at
/// <see cref="ReferencedTable"/>, with a delete cascade. Many-to-many: rows of <see cref="IntersectTable"/> join
/// <see cref="ReferencedTable"/> (through <see cref="ReferencedColumn"/>) and <see cref="ReferencingTable"/>
/// (through <see cref="ReferencingColumn"/>).
/// </summary>
public sealed class RelationshipMetadata
{
    private RelationshipMetadata(string schemaName, bool manyToMany, string referencedTable, string referencedColumn,
        string referencingTable, string referencingColumn, CascadeType cascadeDelete, string? intersectTable, string? referencingNavigationProperty = null)
    {
        ReferencingNavigationProperty = referencingNavigationProperty;
        SchemaName = schemaName;
        IsManyToMany = manyToMany;
        ReferencedTable = referencedTable.ToLowerInvariant();
        ReferencedColumn = referencedColumn.ToLowerInvariant();
        ReferencingTable = referencingTable.ToLowerInvariant();
        ReferencingColumn = referencingColumn.ToLowerInvariant();
        CascadeDelete = cascadeDelete;
        IntersectTable = intersectTable?.ToLowerInvariant();
    }

    /// <summary>A one-to-many relationship.</summary>
    public static RelationshipMetadata OneToMany(string schemaName, string referencedTable, string referencingTable, string referencingColumn, CascadeType cascadeDelete,
        string? referencingNavigationProperty = null) =>
        new(schemaName, false, referencedTable, referencedTable.ToLowerInvariant() + "id", referencingTable, referencingColumn, cascadeDelete, null, referencingNavigationProperty);

    /// <summary>A many-to-many relationship through an intersect table.</summary>
    public static RelationshipMetadata ManyToMany(string schemaName, string intersectTable, string table1, string column1, string table2, string column2) =>
        new(schemaName, true, table1, column1, table2, column2, CascadeType.Cascade, intersectTable);

    /// <summary>The relationship's schema name (what Associate and Disassociate name).</summary>
    public string SchemaName { get; }

    /// <summary>Whether rows are joined through an intersect table.</summary>
    public bool IsManyToMany { get; }

    /// <summary>One-to-many: the parent table. Many-to-many: the first table.</summary>
    public string ReferencedTable { get; }

    /// <summary>One-to-many: the parent's primary key. Many-to-many: the intersect column pointing at the first table.</summary>
    public string ReferencedColumn { get; }

    /// <summary>One-to-many: the child table. Many-to-many: the second table.</summary>
    public string ReferencingTable { get; }

    /// <summary>One-to-many: the child's lookup column. Many-to-many: the intersect column pointing at the second table.</summary>
    public string ReferencingColumn { get; }

    /// <summary>What deleting the parent does to the children (one-to-many).</summary>
    public CascadeType CascadeDelete { get; }

    /// <summary>
    /// One-to-many: the child's single-valued navigation property (the Web API name of the lookup, e.g. <c>fcm_LeadId</c>), as the
    /// solution names it; null when the relationship does not name one.
    /// </summary>
    public string? ReferencingNavigationProperty { get; }

    /// <summary>Many-to-many: the intersect table.</summary>
    public string? IntersectTable { get; }
}
