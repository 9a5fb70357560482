using System.Linq;
using System.Text;

namespace FunnelCrm.Packaging.Tests.Checks;

public class ZipContentTypesTests
{
    [Fact]
    public void For_EntriesWithAndWithoutExtensions_DeclaresEachExtensionOnceAndOverridesTheRestAsExportsDo()
    {
        var entries = new[] { "customizations.xml", "[Content_Types].xml", "solution.xml", "PluginAssemblies/Demo-1/Demo.dll", "WebResources/fcm_leadjsA1B2", "customapis/fcm_X/customapi.xml" };

        var text = Encoding.UTF8.GetString(ZipContentTypes.Bytes(ZipContentTypes.For(entries)));

        Assert.Equal("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/octet-stream\" /><Default Extension=\"dll\" ContentType=\"application/octet-stream\" />"
            + "<Override PartName=\"/WebResources/fcm_leadjsA1B2\" ContentType=\"application/octet-stream\" /></Types>", text);
    }
}
