using System;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Checks;

namespace FunnelCrm.Packaging.Tests.Checks;

public class FileCheckTests
{
    private static readonly XDocument ContentTypes = XDocument.Parse(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" /><Default Extension=\"dll\" ContentType=\"application/octet-stream\" /></Types>");

    private static SolutionPackage Package(string fileName, params string[] entries) => new SolutionPackage(
        new XDocument(new XElement("ImportExportXml", new XElement("SolutionManifest"))),
        new XDocument(new XElement("ImportExportXml", new XElement("SolutionPluginAssemblies",
            new XElement("PluginAssembly", new XAttribute("FullName", "Demo.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"), new XElement("FileName", fileName))))),
        ContentTypes,
        entries,
        Array.Empty<DeployableAssembly>());

    [Fact]
    public void Check_FileNameWithoutZipEntry_IsRefusedNamingTheAssembly()
    {
        var failures = FileCheck.Check(Package("/PluginAssemblies/DemoPlugins-1/Demo.Plugins.dll", "solution.xml", "customizations.xml", "[Content_Types].xml")).ToList();

        var failure = Assert.Single(failures);
        Assert.Equal("plugin assembly Demo.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", failure.Component);
        Assert.Equal("its FileName '/PluginAssemblies/DemoPlugins-1/Demo.Plugins.dll' is not a file in the zip.", failure.Problem);
    }

    [Fact]
    public void Check_FileNameWithItsEntry_Passes()
    {
        var failures = FileCheck.Check(Package("/PluginAssemblies/DemoPlugins-1/Demo.Plugins.dll", "solution.xml", "customizations.xml", "[Content_Types].xml", "PluginAssemblies/DemoPlugins-1/Demo.Plugins.dll"));

        Assert.Empty(failures);
    }
}
