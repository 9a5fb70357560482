using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.CustomApis;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Registrations;
using FunnelCrm.Packaging.Tests.Fixtures;
using FunnelCrm.Packaging.Tests.Support;

namespace FunnelCrm.Packaging.Tests.Registrations;

public class CustomApiXmlTests
{
    private static readonly string[] RepActions = { "fcm_AcceptLead", "fcm_ExplainScore", "fcm_FunnelStatus", "fcm_QualifyToSql", "fcm_RecycleLead", "fcm_RejectLead" };

    private static Dictionary<string, XElement> Generated(string assembly) =>
        RegistrationXml.Generate(new[] { DeployableAssembly.Read(assembly) }).Documents;

    [Fact]
    public void Generate_FixtureApi_WritesTheFilesTheEmulatorReadsFromTheSameDeclarations()
    {
        var declared = CustomApiDeclarations.Of(typeof(FixtureScoreApi))!;

        var files = Generated(PackInputs.FixtureAssembly);

        var api = files["customapis/fcm_FixtureScore/customapi.xml"];
        Assert.Equal(declared.UniqueName, api.Attribute("uniquename")!.Value);
        Assert.Equal(((int)declared.Binding).ToString(), api.Element("bindingtype")!.Value);
        Assert.Equal(declared.BoundTable, api.Element("boundentitylogicalname")!.Value);
        Assert.Equal("1", api.Element("isfunction")!.Value);
        Assert.Equal(declared.ExecutePrivilegeName, api.Element("executeprivilegename")!.Value);
        Assert.Equal(new[] { "1033:Fixture score", "1031:Fixture-Score" }, api.Element("displayname")!.Elements("label").Select(l => l.Attribute("languagecode")!.Value + ":" + l.Attribute("description")!.Value));
        Assert.Equal(RegistrationXml.PluginTypeIdOf(DeployableAssembly.Read(PackInputs.FixtureAssembly).Types.Single(t => t.FullName == typeof(FixtureScoreApi).FullName)).ToString("B"),
            api.Element("plugintypeid")!.Element("plugintypeid")!.Value);
        foreach (var parameter in declared.RequestParameters)
        {
            var file = files["customapis/fcm_FixtureScore/customapirequestparameters/" + parameter.UniqueName + "/customapirequestparameter.xml"];
            Assert.Equal(((int)parameter.Type).ToString(), file.Element("type")!.Value);
            Assert.Equal(parameter.IsOptional ? "1" : "0", file.Element("isoptional")!.Value);
            Assert.Equal(parameter.Table, file.Element("logicalentityname")!.Value);
            Assert.Equal("fcm_FixtureScore." + parameter.UniqueName, file.Element("name")!.Value);
        }

        foreach (var property in declared.ResponseProperties)
        {
            var file = files["customapis/fcm_FixtureScore/customapiresponseproperties/" + property.UniqueName + "/customapiresponseproperty.xml"];
            Assert.Equal(((int)property.Type).ToString(), file.Element("type")!.Value);
            Assert.Null(file.Element("isoptional"));
        }

        Assert.Equal(1 + declared.RequestParameters.Count + declared.ResponseProperties.Count, files.Keys.Count(k => k.StartsWith("customapis/fcm_FixtureScore/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Pack_RealSolution_CarriesEachRepActionWithItsPluginTypeAndAPrivilegeTheRepRoleHolds()
    {
        var packed = SolutionPacker.Pack(PackInputs.Real());
        Assert.True(packed.Succeeded, string.Join(Environment.NewLine, packed.Failures.Take(20)));
        using var zip = ZipFile.OpenRead(packed.ZipPath!);
        var customizations = XDocument.Load(zip.GetEntry("customizations.xml")!.Open());
        var repRole = customizations.Descendants("Role").Single(r => r.Attribute("name")?.Value == "FunnelCrm Sales Rep");

        var apis = zip.Entries.Where(e => e.FullName.EndsWith("/customapi.xml", StringComparison.Ordinal)).Select(e => XElement.Load(e.Open())).ToList();

        Assert.Equal(RepActions, apis.Select(a => a.Attribute("uniquename")!.Value).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var api in apis)
        {
            var typeId = api.Element("plugintypeid")!.Element("plugintypeid")!.Value;
            var pluginType = customizations.Descendants("PluginType").Single(t => Guid.Parse(t.Attribute("PluginTypeId")!.Value) == Guid.Parse(typeId));
            Assert.EndsWith(api.Attribute("uniquename")!.Value.Substring(4) + "Api", pluginType.Attribute("Name")!.Value);
            Assert.Contains(repRole.Descendants("RolePrivilege"), p => p.Attribute("name")!.Value == api.Element("executeprivilegename")!.Value);
            Assert.Equal("lead", api.Element("boundentitylogicalname")!.Value);
        }

        Assert.DoesNotContain(XDocument.Load(zip.GetEntry("solution.xml")!.Open()).Descendants("RootComponent"), r => r.Attribute("schemaName")?.Value?.StartsWith("fcm_Accept", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Pack_BrokenCustomApiDeclarations_AreRefusedNamingEachApi()
    {
        var options = new PackOptions(Crm.Tests.Support.RepositoryPaths.Solution, null, PackInputs.Deployables.Append(PackInputs.FixtureAssembly).ToList()) { OutputDirectory = PackInputs.FreshFolder() };

        var failures = SolutionVerifier.Verify(options).Select(f => f.ToString()).ToList();

        var broken = "custom API fcm_Broken (class " + typeof(BrokenApi).FullName + "): ";
        Assert.Contains(failures, f => f == "custom API new_Unprefixed (class " + typeof(UnprefixedApi).FullName + "): its unique name does not start with the publisher prefix 'fcm_'.");
        Assert.Contains(broken + "A bound custom API names its bound table.", failures);
        Assert.Contains(broken + "A function returns at least one response property.", failures);
        Assert.Contains(broken + "A bound custom API receives its record as Target; it declares no parameter of that name.", failures);
        Assert.Contains(broken + "'Count' names the table fcm_nosuchtable, but only an Entity or EntityReference names a table.", failures);
        Assert.Contains(broken + "it names the table 'fcm_nosuchtable', which neither the solution nor Dataverse's standard tables have.", failures);
        Assert.Contains(broken + "no role of the solution grants its ExecutePrivilegeName 'prvNoSuchPrivilege', so no user the solution sets up may call it.", failures);
        Assert.Contains(broken + "it needs a display name in English and German.", failures);
        Assert.DoesNotContain(failures, f => f.Contains("FixtureScore"));
    }

    [Fact]
    public void Pack_CommittedCustomApiFile_IsRefusedAsGenerated()
    {
        var folder = PackInputs.BrokenCopy(copy =>
        {
            Directory.CreateDirectory(Path.Combine(copy, "customapis", "fcm_AcceptLead"));
            File.WriteAllText(Path.Combine(copy, "customapis", "fcm_AcceptLead", "customapi.xml"), "<customapi uniquename=\"fcm_AcceptLead\" />");
        });

        var failures = SolutionVerifier.Verify(PackInputs.Real(folder)).Select(f => f.ToString()).ToList();

        Assert.Contains(failures, f => f.StartsWith("customapis/fcm_AcceptLead/customapi.xml: custom APIs are generated at pack time", StringComparison.Ordinal));
    }
}
