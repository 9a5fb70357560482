using System;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.SolutionLayout;

/// <summary>The top-level blocks of customizations.xml in the order CustomizationsSolution.xsd's sequence wants them.</summary>
public static class CustomizationsBlocks
{
    /// <summary>Every block ImportExportXml may hold, in schema order.</summary>
    public static readonly string[] InSchemaOrder =
    {
        "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "RibbonDiffXml", "IsvConfig", "RelationshipRoles", "ConnectionRoles", "SiteMap",
        "EntityMaps", "EntityRelationships", "OrganizationSettings", "optionsets", "Reports", "RoutingRules", "ChannelPropertyGroups", "ConvertRules",
        "MobileOfflineProfiles", "Slas", "ChannelAccessProfiles", "ChannelAccessProfileRules", "Dashboards", "InteractionCentricDashboards", "Dialogs",
        "WebResources", "CustomControls", "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "ServiceEndpoints", "AppModuleSiteMaps", "AppModules",
        "EntityDataProviders", "EntityDataSources", "Languages", "GlobalSearchConfigurations", "StoredProcedures",
    };

    /// <summary>The block of <paramref name="root"/> named <paramref name="name"/>; added in its schema place when missing.</summary>
    public static XElement GetOrAdd(XElement root, string name)
    {
        if (root.Element(name) is XElement existing)
        {
            return existing;
        }

        var rank = Array.IndexOf(InSchemaOrder, name);
        var block = new XElement(name);
        var successor = root.Elements().FirstOrDefault(e => Array.IndexOf(InSchemaOrder, e.Name.LocalName) > rank);
        if (successor != null)
        {
            successor.AddBeforeSelf(block);
        }
        else
        {
            root.Add(block);
        }

        return block;
    }
}
