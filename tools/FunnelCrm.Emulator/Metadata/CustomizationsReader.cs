using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Emulator.Security;

namespace FunnelCrm.Emulator.Metadata;

/// <summary>
/// Reads a solution's customizations.xml into the catalog: tables and their columns (types, option values,
/// alternate keys, whether column security applies), global option sets, relationships with their delete cascades, column
/// mappings, security roles and field security profiles.
/// Columns added to an existing table (e.g. lead) extend it.
/// </summary>
public static class CustomizationsReader
{
    /// <summary>Reads the document into <paramref name="catalog"/>, <paramref name="roles"/> and <paramref name="profiles"/>.</summary>
    public static void Read(XDocument document, MetadataCatalog catalog, RoleCatalog roles, FieldSecurityCatalog profiles)
    {
        var root = document.Root ?? throw new ArgumentException("customizations.xml has no root element.", nameof(document));
        foreach (var optionSet in root.Elements("optionsets").Elements("optionset"))
        {
            catalog.AddGlobalOptionSet((string?)optionSet.Attribute("Name") ?? "", OptionLabels(optionSet));
        }
        foreach (var entity in root.Elements("Entities").Elements("Entity"))
        {
            ReadEntity(entity, catalog);
        }
        foreach (var relationship in root.Elements("EntityRelationships").Elements("EntityRelationship"))
        {
            ReadRelationship(relationship, catalog);
        }
        foreach (var map in root.Elements("EntityMaps").Elements("EntityMap"))
        {
            var source = Text(map, "EntitySource");
            var target = Text(map, "EntityTarget");
            foreach (var attributeMap in map.Elements("AttributeMaps").Elements("AttributeMap"))
            {
                catalog.AddMapping(new ColumnMapping(source, Text(attributeMap, "AttributeSource"), target, Text(attributeMap, "AttributeTarget")));
            }
        }
        foreach (var roleElement in root.Elements("Roles").Elements("Role"))
        {
            var role = new SecurityRole(Guid.Parse((string?)roleElement.Attribute("id") ?? Guid.Empty.ToString()), (string?)roleElement.Attribute("name") ?? "");
            foreach (var privilege in roleElement.Elements("RolePrivileges").Elements("RolePrivilege"))
            {
                role.Grant((string?)privilege.Attribute("name") ?? "", (string?)privilege.Attribute("level") ?? "Global");
            }
            roles.Add(role);
        }
        foreach (var profileElement in root.Elements("FieldSecurityProfiles").Elements("FieldSecurityProfile"))
        {
            profiles.Add(new FieldSecurityProfile(
                Guid.Parse((string?)profileElement.Attribute("fieldsecurityprofileid") ?? Guid.NewGuid().ToString()),
                (string?)profileElement.Attribute("name") ?? "",
                profileElement.Elements("FieldPermissions").Elements("FieldPermission").Select(p => new FieldPermission(
                    Text(p, "EntityName").ToLowerInvariant(), Text(p, "AttributeName").ToLowerInvariant(),
                    canRead: Text(p, "CanRead") == "4", canCreate: Text(p, "CanCreate") == "4", canUpdate: Text(p, "CanUpdate") == "4"))));
        }
        catalog.ResolveGlobalOptionSets();
    }

    private static void ReadEntity(XElement entityElement, MetadataCatalog catalog)
    {
        var schemaName = Text(entityElement, "Name");
        var info = entityElement.Element("EntityInfo")?.Element("entity");
        var logicalName = schemaName.ToLowerInvariant();
        var attributes = info?.Element("attributes")?.Elements("attribute").ToList() ?? new List<XElement>();
        var primaryKey = attributes.FirstOrDefault(a => Text(a, "Type") == "primarykey");
        var table = catalog.FindTable(logicalName);
        if (table == null)
        {
            var ownership = Text(info, "OwnershipTypeMask") == "OrgOwned" ? Ownership.OrganizationOwned : Ownership.UserOwned;
            var primaryName = attributes.FirstOrDefault(a => Text(a, "DisplayMask").Split('|').Contains("PrimaryName"));
            table = catalog.AddTable(new TableMetadata(logicalName, ownership, schemaName,
                primaryKey == null ? null : Text(primaryKey, "LogicalName"),
                primaryName == null ? null : Text(primaryName, "LogicalName"),
                Text(info, "IsActivity") == "1"));
            AddSystemColumns(table);
            if (table.IsActivity)
            {
                AddRegardingRelationships(table, catalog);
            }
        }
        foreach (var attribute in attributes)
        {
            var column = ReadColumn(attribute);
            if (column != null)
            {
                table.AddColumn(column);
            }
        }
        ReadStates(table, attributes);
        foreach (var attribute in attributes.Where(a => Text(a, "Type") is "state" or "status"))
        {
            table.FindColumn(Text(attribute, "LogicalName"))?.WithDisplayName(LocalizedLabel.Read(attribute.Element("displaynames")))
                .WithOptionLabels(OptionLabels(attribute.Element("optionset")));
        }
        var entitySetName = Text(info, "EntitySetName");
        if (entitySetName.Length > 0)
        {
            table.WithEntitySetName(entitySetName);
        }
        foreach (var key in info?.Element("EntityKeys")?.Elements("EntityKey") ?? Enumerable.Empty<XElement>())
        {
            var name = Text(key, "LogicalName");
            table.AddAlternateKey(new AlternateKey(name.Length > 0 ? name : Text(key, "Name"),
                key.Element("EntityKeyAttributes")?.Elements("AttributeName").Select(k => k.Value.Trim()) ?? Enumerable.Empty<string>()));
        }
    }

    /// <summary>A custom activity table can regard the same tables as the standard activities; Delete and Merge follow these relationships.</summary>
    private static void AddRegardingRelationships(TableMetadata table, MetadataCatalog catalog)
    {
        foreach (var parent in new[] { "lead", "contact", "account", "opportunity", "campaign" })
        {
            catalog.AddRelationship(RelationshipMetadata.OneToMany($"{parent}_{table.LogicalName}_regarding", parent, table.LogicalName, "regardingobjectid", CascadeType.Cascade));
        }
    }

    private static void AddSystemColumns(TableMetadata table)
    {
        table.AddColumns(new ColumnMetadata("createdon", ColumnType.DateTime), new ColumnMetadata("modifiedon", ColumnType.DateTime),
            new ColumnMetadata("overriddencreatedon", ColumnType.DateTime),
            new ColumnMetadata("createdby", ColumnType.Lookup, new[] { "systemuser" }), new ColumnMetadata("modifiedby", ColumnType.Lookup, new[] { "systemuser" }),
            new ColumnMetadata("createdonbehalfby", ColumnType.Lookup, new[] { "systemuser" }), new ColumnMetadata("modifiedonbehalfby", ColumnType.Lookup, new[] { "systemuser" }),
            new ColumnMetadata("versionnumber", ColumnType.BigInt), new ColumnMetadata("importsequencenumber", ColumnType.Integer),
            new ColumnMetadata("timezoneruleversionnumber", ColumnType.Integer), new ColumnMetadata("utcconversiontimezonecode", ColumnType.Integer));
        if (table.Ownership == Ownership.UserOwned)
        {
            table.AddColumns(new ColumnMetadata("ownerid", ColumnType.Owner, new[] { "systemuser", "team" }),
                new ColumnMetadata("owninguser", ColumnType.Lookup, new[] { "systemuser" }), new ColumnMetadata("owningteam", ColumnType.Lookup, new[] { "team" }),
                new ColumnMetadata("owningbusinessunit", ColumnType.Lookup, new[] { "businessunit" }));
        }
        else
        {
            table.AddColumn(new ColumnMetadata("organizationid", ColumnType.Lookup, new[] { "organization" }));
        }
        table.WithStates((0, 1), (1, 2));
    }

    private static void ReadStates(TableMetadata table, List<XElement> attributes)
    {
        var status = attributes.FirstOrDefault(a => Text(a, "Type") == "status");
        var pairs = status?.Descendants().Where(e => e.Attribute("state") != null && e.Attribute("value") != null)
            .Select(e => (State: Int(e.Attribute("state")!.Value), Status: Int(e.Attribute("value")!.Value))).ToArray();
        if (pairs != null && pairs.Length > 0)
        {
            table.WithStates(pairs);
        }
    }

    private static ColumnMetadata? ReadColumn(XElement attribute)
    {
        var name = Text(attribute, "LogicalName");
        if (name.Length == 0)
        {
            name = Text(attribute, "Name");
        }
        var type = Text(attribute, "Type") switch
        {
            "primarykey" => ColumnType.PrimaryKey,
            "nvarchar" => ColumnType.String,
            "ntext" or "memo" => ColumnType.Memo,
            "int" => ColumnType.Integer,
            "bigint" => ColumnType.BigInt,
            "decimal" => ColumnType.Decimal,
            "float" => ColumnType.Double,
            "money" => ColumnType.Money,
            "bit" => ColumnType.Boolean,
            "datetime" => ColumnType.DateTime,
            "lookup" => ColumnType.Lookup,
            "customer" => ColumnType.Customer,
            "owner" => ColumnType.Owner,
            "picklist" => ColumnType.Picklist,
            "state" => ColumnType.State,
            "status" => ColumnType.Status,
            "uniqueidentifier" => ColumnType.UniqueIdentifier,
            "multiselectpicklist" => ColumnType.MultiSelectPicklist,
            "partylist" => ColumnType.PartyList,
            "entityname" => ColumnType.EntityName,
            _ => (ColumnType?)null,
        };
        if (type == null || type is ColumnType.State or ColumnType.Status)
        {
            return null;
        }
        var optionSet = attribute.Element("optionset");
        var options = type is ColumnType.Picklist or ColumnType.MultiSelectPicklist && optionSet != null ? OptionValues(optionSet) : null;
        var targets = type switch
        {
            ColumnType.Customer => new[] { "account", "contact" },
            ColumnType.Owner => new[] { "systemuser", "team" },
            _ => attribute.Element("LookupTypes")?.Elements("LookupType").Select(t => t.Value.Trim()).ToArray(),
        };
        var column = new ColumnMetadata(name, type.Value, targets, options)
        {
            MaxLength = type is ColumnType.String or ColumnType.Memo ? NullableInt(Text(attribute, "MaxLength")) : null,
            MinValue = NullableDecimal(Text(attribute, "MinValue")),
            MaxValue = NullableDecimal(Text(attribute, "MaxValue")),
            OptionSetName = type is ColumnType.Picklist or ColumnType.MultiSelectPicklist && optionSet == null ? NullIfEmpty(Text(attribute, "OptionSetName")) : null,
            IsSecured = Text(attribute, "IsSecured") == "1",
        };
        return column.WithDisplayName(LocalizedLabel.Read(attribute.Element("displaynames"))).WithOptionLabels(OptionLabels(optionSet));
    }

    private static void ReadRelationship(XElement element, MetadataCatalog catalog)
    {
        var name = (string?)element.Attribute("Name") ?? "";
        if (Text(element, "EntityRelationshipType") == "ManyToMany")
        {
            var first = Text(element, "FirstEntityName").ToLowerInvariant();
            var second = Text(element, "SecondEntityName").ToLowerInvariant();
            var intersect = Text(element, "IntersectEntityName").ToLowerInvariant();
            var firstColumn = first == second ? first + "idone" : first + "id";
            var secondColumn = first == second ? second + "idtwo" : second + "id";
            if (catalog.FindTable(intersect) == null)
            {
                catalog.AddTable(new TableMetadata(intersect, Ownership.OrganizationOwned, intersect)
                    .AddColumns(new ColumnMetadata(firstColumn, ColumnType.UniqueIdentifier), new ColumnMetadata(secondColumn, ColumnType.UniqueIdentifier)));
            }
            catalog.AddRelationship(RelationshipMetadata.ManyToMany(name, intersect, first, firstColumn, second, secondColumn));
            return;
        }
        var referencing = Text(element, "ReferencingEntityName").ToLowerInvariant();
        var referenced = Text(element, "ReferencedEntityName").ToLowerInvariant();
        var column = Text(element, "ReferencingAttributeName").ToLowerInvariant();
        var cascade = Enum.TryParse<CascadeType>(Text(element, "CascadeDelete"), out var parsed) ? parsed : CascadeType.NoCascade;
        var navigation = element.Element("EntityRelationshipRoles")?.Elements("EntityRelationshipRole")
            .FirstOrDefault(r => Text(r, "RelationshipRoleType") == "1");
        catalog.AddRelationship(RelationshipMetadata.OneToMany(name, referenced, referencing, column, cascade, NullIfEmpty(Text(navigation, "NavigationPropertyName"))));
        var lookup = catalog.FindTable(referencing)?.FindColumn(column);
        if (lookup != null && lookup.Type == ColumnType.Lookup)
        {
            lookup.SetTargets(lookup.Targets.Append(referenced));
        }
    }

    private static IEnumerable<int> OptionValues(XElement optionSet) =>
        optionSet.Element("options")?.Elements("option").Select(o => Int((string?)o.Attribute("value") ?? "0")).ToArray() ?? Array.Empty<int>();

    /// <summary>The labels of an option set's options, states or statuses, by value (empty without an option set).</summary>
    private static IReadOnlyDictionary<int, LocalizedLabel> OptionLabels(XElement? optionSet) =>
        optionSet?.Descendants().Where(e => e.Name.LocalName is "option" or "state" or "status" && e.Attribute("value") != null)
            .ToDictionary(e => Int((string)e.Attribute("value")!), e => LocalizedLabel.Read(e.Element("labels")))
        ?? new Dictionary<int, LocalizedLabel>();

    private static string Text(XElement? parent, string child) => parent?.Element(child)?.Value.Trim() ?? "";

    private static int Int(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static int? NullableInt(string value) => value.Length == 0 ? null : Int(value);

    private static decimal? NullableDecimal(string value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
