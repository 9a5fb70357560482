using System.Linq;
using System.Xml.Linq;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Names the component an element of the assembled customizations.xml belongs to, the way an admin finds it again: with
/// the file of the unpacked layout it came from and the line there ("view 'Hot leads by score' of lead {...}
/// (Entities/Lead/SavedQueries/{...}.xml line 12)"). Generated registrations have no file.
/// </summary>
public static class ComponentNames
{
    /// <summary>The nearest named component holding <paramref name="node"/>, with its file and line.</summary>
    public static string Describe(XObject node)
    {
        var element = node as XElement ?? node.Parent;
        var location = SourceLocation.Of(node) is string where ? " (" + where + ")" : "";
        for (var current = element; current != null; current = current.Parent)
        {
            var name = Name(current);
            if (name != null)
            {
                return name + location;
            }
        }

        return "customizations.xml" + location;
    }

    private static string? Name(XElement e) => e.Name.LocalName switch
    {
        "savedquery" => "view '" + Label(e) + "' of " + Table(e) + " " + e.Element("savedqueryid")?.Value,
        "visualization" => "chart '" + Label(e) + "' of " + Table(e) + " " + e.Element("savedqueryvisualizationid")?.Value,
        "systemform" => "form '" + Label(e) + "' of " + Table(e) + " " + e.Element("formid")?.Value,
        "Dashboard" => "dashboard '" + Label(e) + "' " + e.Element("FormId")?.Value,
        "attribute" when e.Attribute("PhysicalName") != null => "column " + Table(e) + "." + (e.Element("LogicalName")?.Value ?? e.Attribute("PhysicalName")!.Value.ToLowerInvariant()),
        "EntityKey" => "key " + e.Element("LogicalName")?.Value + " of " + Table(e),
        "Entity" when e.Parent?.Name.LocalName == "Entities" => "table " + SolutionPackage.LogicalNameOf(e),
        "optionset" when e.Parent?.Name.LocalName == "optionsets" => "choice " + e.Attribute("Name")?.Value,
        "Role" => "role '" + e.Attribute("name")?.Value + "' " + e.Attribute("id")?.Value,
        "FieldSecurityProfile" => "field security profile '" + e.Attribute("name")?.Value + "' " + e.Attribute("fieldsecurityprofileid")?.Value,
        "EntityRelationship" => "relationship " + e.Attribute("Name")?.Value,
        "EntityMap" => "column mapping " + e.Element("EntitySource")?.Value + " -> " + e.Element("EntityTarget")?.Value,
        "SubArea" => "site map entry " + e.Attribute("Id")?.Value,
        "Group" when e.Ancestors("SiteMap").Any() => "site map group " + e.Attribute("Id")?.Value,
        "Area" when e.Ancestors("SiteMap").Any() => "site map area " + e.Attribute("Id")?.Value,
        "AppModuleSiteMap" => "site map " + e.Element("SiteMapUniqueName")?.Value,
        "AppModule" => "app " + e.Element("UniqueName")?.Value,
        "SdkMessageProcessingStepImage" => "image '" + e.Attribute("Name")?.Value + "' of " + Name(e.Parent!.Parent!),
        "SdkMessageProcessingStep" => "step '" + e.Attribute("Name")?.Value + "' " + e.Attribute("SdkMessageProcessingStepId")?.Value,
        "PluginType" => "plugin type " + e.Attribute("Name")?.Value,
        "PluginAssembly" => "plugin assembly " + e.Attribute("FullName")?.Value,
        _ => null,
    };

    private static string Label(XElement e) =>
        e.Element("LocalizedNames")?.Elements("LocalizedName").FirstOrDefault(n => (string?)n.Attribute("languagecode") == "1033")?.Attribute("description")?.Value
        ?? e.Element("LocalizedNames")?.Elements("LocalizedName").FirstOrDefault()?.Attribute("description")?.Value
        ?? "";

    private static string Table(XElement e)
    {
        var entity = e.Ancestors("Entity").FirstOrDefault(a => a.Parent?.Name.LocalName == "Entities");
        return entity == null ? "?" : SolutionPackage.LogicalNameOf(entity);
    }
}
