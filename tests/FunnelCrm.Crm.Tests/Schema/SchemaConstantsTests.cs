using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;

namespace FunnelCrm.Crm.Tests.Schema;

public class SchemaConstantsTests
{
    public static TheoryData<string> ColumnClassNames() => new(SchemaConstants.ColumnClasses.Keys.Select(t => t.Name));

    public static TheoryData<string> OptionClassNames() => new(SchemaConstants.OptionClasses.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(ColumnClassNames))]
    public void ColumnConstants_EveryName_IsAColumnOfItsTableInTheSolution(string className)
    {
        var type = SchemaConstants.ColumnClasses.Keys.Single(t => t.Name == className);

        var missing = SchemaConstants.ColumnClasses[type]
            .SelectMany(table => SchemaConstants.Constants<string>(type)
                .Where(c => !SolutionFiles.Columns(table).Contains(c.Value))
                .Select(c => $"{type.Name}.{c.Member} = {c.Value} on {table}"))
            .ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(OptionClassNames))]
    public void OptionConstants_EveryValue_IsAnOptionOfItsGlobalChoice(string className)
    {
        var type = SchemaConstants.OptionClasses.Single(t => t.Name == className);
        var optionSet = SchemaConstants.Constants<string>(type).Single(c => c.Member == "OptionSetName").Value;

        var values = SolutionFiles.OptionValues(optionSet);
        var missing = SchemaConstants.Constants<int>(type).Where(c => !values.Contains(c.Value)).Select(c => $"{c.Member} = {c.Value}").ToList();

        Assert.NotEmpty(values);
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(OptionClassNames))]
    public void OptionConstants_EveryOptionOfTheChoice_HasAConstant(string className)
    {
        var type = SchemaConstants.OptionClasses.Single(t => t.Name == className);
        var optionSet = SchemaConstants.Constants<string>(type).Single(c => c.Member == "OptionSetName").Value;

        var constants = SchemaConstants.Constants<int>(type).Select(c => c.Value).ToHashSet();
        var uncovered = SolutionFiles.OptionValues(optionSet).Where(v => !constants.Contains(v)).ToList();

        Assert.Empty(uncovered);
    }

    [Fact]
    public void TableConstants_EveryName_IsATableOfTheSolutionTheTargetOfItsLookupsOrARequiredTable()
    {
        var related = SolutionFiles.Customizations.Descendants("EntityRelationship")
            .Select(r => r.Element("ReferencedEntityName")!.Value.ToLowerInvariant()).ToHashSet();
        related.UnionWith(SolutionFiles.Manifest.Descendants("Required").Where(r => (string?)r.Attribute("type") == "1").Select(r => (string)r.Attribute("schemaName")!));

        var missing = SchemaConstants.Constants<string>(typeof(Tables))
            .Where(c => SolutionFiles.Table(c.Value) == null && !related.Contains(c.Value))
            .Select(c => $"Tables.{c.Member} = {c.Value}").ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void AlternateKeyConstants_EveryName_IsAKeyInTheSolution()
    {
        var keys = SolutionFiles.Customizations.Descendants("EntityKey").Select(k => k.Element("LogicalName")!.Value).ToHashSet();

        var missing = SchemaConstants.Constants<string>(typeof(AlternateKeys)).Where(c => !keys.Contains(c.Value)).Select(c => c.Value).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void RelationshipConstants_EveryName_IsARelationshipInTheSolution()
    {
        var names = SolutionFiles.Customizations.Descendants("EntityRelationship").Select(r => (string)r.Attribute("Name")!).ToHashSet();

        var missing = SchemaConstants.Constants<string>(typeof(Relationships)).Where(c => !names.Contains(c.Value)).Select(c => c.Value).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void SecurityRoleConstants_NamesAndIds_MatchTheRolesInTheSolution()
    {
        var roles = SolutionFiles.Customizations.Root!.Element("Roles")!.Elements("Role")
            .ToDictionary(r => (string)r.Attribute("name")!, r => (string)r.Attribute("id")!);

        var expected = new Dictionary<string, string>
        {
            [SecurityRoles.MarketingName] = SecurityRoles.MarketingId,
            [SecurityRoles.SalesRepName] = SecurityRoles.SalesRepId,
            [SecurityRoles.AdminName] = SecurityRoles.AdminId,
        };

        Assert.Equal(expected.OrderBy(p => p.Key), roles.OrderBy(p => p.Key));
    }

    [Fact]
    public void LeadPrivilegeConstants_EveryName_IsGrantedOnLeadsByTheSalesRepRole()
    {
        var salesRep = SolutionFiles.Customizations.Root!.Element("Roles")!.Elements("Role")
            .Single(r => (string)r.Attribute("name")! == SecurityRoles.SalesRepName);
        var granted = salesRep.Descendants("RolePrivilege").Select(p => (string)p.Attribute("name")!).ToHashSet();

        var missing = SchemaConstants.Constants<string>(typeof(LeadPrivileges)).Where(c => !granted.Contains(c.Value)).Select(c => c.Value).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void FieldSecurityProfileConstants_NameAndId_MatchTheProfileInTheSolution()
    {
        var profiles = SolutionFiles.Customizations.Root!.Element("FieldSecurityProfiles")!.Elements("FieldSecurityProfile")
            .ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("fieldsecurityprofileid")!);

        Assert.Equal(new Dictionary<string, string> { [FieldSecurityProfiles.FunnelReadersName] = FieldSecurityProfiles.FunnelReadersId }, profiles);
    }

    [Fact]
    public void FieldSecurityProfile_FunnelReaders_ReadsEverySecuredLeadColumnAndSetsNone()
    {
        var secured = SolutionFiles.Customizations.Descendants("Entity").Single(e => e.Element("Name")!.Value == "Lead")
            .Descendants("attribute").Where(a => a.Element("IsSecured")?.Value == "1").Select(a => a.Element("LogicalName")!.Value).OrderBy(c => c).ToList();
        var permissions = SolutionFiles.Customizations.Root!.Element("FieldSecurityProfiles")!.Descendants("FieldPermission").ToList();

        Assert.NotEmpty(secured);
        Assert.Equal(secured, permissions.Select(p => p.Element("AttributeName")!.Value).OrderBy(c => c));
        Assert.All(permissions, p => Assert.Equal(("lead", "4", "0", "0"), (p.Element("EntityName")!.Value, p.Element("CanRead")!.Value, p.Element("CanUpdate")!.Value, p.Element("CanCreate")!.Value)));
    }

    [Fact]
    public void StandardColumnConstants_NoName_CarriesThePublisherPrefix()
    {
        var prefixed = SchemaConstants.StandardColumnClasses
            .SelectMany(t => SchemaConstants.Constants<string>(t).Select(c => (Type: t, c.Member, c.Value)))
            .Where(c => c.Value.StartsWith("fcm_", StringComparison.Ordinal))
            .Select(c => $"{c.Type.Name}.{c.Member} = {c.Value}").ToList();

        Assert.Empty(prefixed);
    }

    [Fact]
    public void SchemaClasses_EveryPublicClass_IsCheckedAgainstTheSolution()
    {
        var checkedTypes = SchemaConstants.ColumnClasses.Keys.Concat(SchemaConstants.StandardColumnClasses)
            .Concat(SchemaConstants.OtherClasses).Concat(SchemaConstants.OptionClasses).ToHashSet();

        var uncovered = SchemaConstants.SchemaTypes.Where(t => !checkedTypes.Contains(t)).Select(t => t.Name).ToList();

        Assert.Empty(uncovered);
    }
}
