using System;
using System.Collections.Generic;

namespace FunnelCrm.SolutionLayout;

/// <summary>
/// Where each component lives in the layout SolutionPackager and <c>pac solution unpack</c> write (Microsoft's "Solution
/// component file reference (SolutionPackager)", checked against public unpacked repositories): folders named after the
/// schema name (Entities/Lead, Other/Relationships/SystemUser.xml), component files named after the id exactly as the
/// XML writes it (braced; forms, views, charts, dashboards) or after the name (option sets, roles by their display
/// name, apps and site maps by unique name, web resources by name with "/" as folders).
/// </summary>
public static class LayoutPaths
{
    /// <summary>The solution manifest (solution.xml of the zip).</summary>
    public const string Manifest = "Other/Solution.xml";

    /// <summary>What stays of customizations.xml: every block emptied of the components that have their own files.</summary>
    public const string Customizations = "Other/Customizations.xml";

    /// <summary>The names of every relationship, in order; the definitions are in <see cref="RelationshipsOf"/>.</summary>
    public const string Relationships = "Other/Relationships.xml";

    /// <summary>All column mappings, one file.</summary>
    public const string EntityMaps = "Other/EntityMaps.xml";

    /// <summary>All field security profiles, one file.</summary>
    public const string FieldSecurityProfiles = "Other/FieldSecurityProfiles.xml";

    /// <summary>Custom APIs in the zip: customapis/&lt;uniquename&gt;/customapi.xml and its parameter folders (generated at pack time, never in the layout).</summary>
    public const string CustomApis = "customapis/";

    /// <summary>The order files are read and components assembled in: case-insensitive, then case-sensitive.</summary>
    public static readonly IComparer<string> Order = Comparer<string>.Create((a, b) =>
    {
        var ignoringCase = StringComparer.OrdinalIgnoreCase.Compare(a, b);
        return ignoringCase != 0 ? ignoringCase : StringComparer.Ordinal.Compare(a, b);
    });

    /// <summary>A table's folder, e.g. "Entities/fcm_ScoringRule/".</summary>
    public static string EntityFolder(string schemaName) => "Entities/" + schemaName + "/";

    /// <summary>A table's definition without its forms, views, charts and ribbon.</summary>
    public static string Entity(string schemaName) => EntityFolder(schemaName) + "Entity.xml";

    /// <summary>A form: Entities/&lt;table&gt;/FormXml/&lt;type&gt;/{formid}.xml.</summary>
    public static string Form(string schemaName, string type, string formId) => EntityFolder(schemaName) + "FormXml/" + type + "/" + formId + ".xml";

    /// <summary>A view: Entities/&lt;table&gt;/SavedQueries/{savedqueryid}.xml.</summary>
    public static string View(string schemaName, string viewId) => EntityFolder(schemaName) + "SavedQueries/" + viewId + ".xml";

    /// <summary>A chart: Entities/&lt;table&gt;/Visualizations/{savedqueryvisualizationid}.xml.</summary>
    public static string Chart(string schemaName, string chartId) => EntityFolder(schemaName) + "Visualizations/" + chartId + ".xml";

    /// <summary>A table's ribbon changes.</summary>
    public static string Ribbon(string schemaName) => EntityFolder(schemaName) + "RibbonDiff.xml";

    /// <summary>The relationships of a table: one-to-many where it is the referenced table, many-to-many where it is listed first.</summary>
    public static string RelationshipsOf(string schemaName) => "Other/Relationships/" + schemaName + ".xml";

    /// <summary>A global choice.</summary>
    public static string OptionSet(string name) => "OptionSets/" + name + ".xml";

    /// <summary>A security role, by its name.</summary>
    public static string Role(string name) => "Roles/" + name + ".xml";

    /// <summary>A dashboard: Dashboards/{FormId}.xml.</summary>
    public static string Dashboard(string formId) => "Dashboards/" + formId + ".xml";

    /// <summary>A model-driven app.</summary>
    public static string App(string uniqueName) => "AppModules/" + uniqueName + "/AppModule.xml";

    /// <summary>An app's site map.</summary>
    public static string SiteMap(string uniqueName) => "AppModuleSiteMaps/" + uniqueName + "/AppModuleSiteMap.xml";

    /// <summary>A web resource's content.</summary>
    public static string WebResource(string name) => "WebResources/" + name;

    /// <summary>A web resource's definition, next to its content.</summary>
    public static string WebResourceData(string name) => WebResource(name) + ".data.xml";
}
