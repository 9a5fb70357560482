using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Packaging.Registrations;

/// <summary>
/// Generates the custom API files of Microsoft's "Create a custom API with solution files" from the [CustomApi]
/// declarations: customapis/&lt;uniquename&gt;/customapi.xml, .../customapirequestparameters/&lt;name&gt;/customapirequestparameter.xml
/// and .../customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml, elements in the order exports write them,
/// booleans as 0/1, labels in English (1033) and German (1031), the main operation's plug-in type by its id. A bound API's
/// Target is created by Dataverse and not written. No root component: the documented walkthrough adds none.
/// </summary>
public static class CustomApiXml
{
    /// <summary>The zip entry of an API's definition.</summary>
    public static string ApiEntry(string uniqueName) => LayoutPaths.CustomApis + uniqueName + "/customapi.xml";

    /// <summary>The zip entry of a request parameter.</summary>
    public static string ParameterEntry(string api, string parameter) => LayoutPaths.CustomApis + api + "/customapirequestparameters/" + parameter + "/customapirequestparameter.xml";

    /// <summary>The zip entry of a response property.</summary>
    public static string ResponseEntry(string api, string property) => LayoutPaths.CustomApis + api + "/customapiresponseproperties/" + property + "/customapiresponseproperty.xml";

    /// <summary>Every declared custom API of the assemblies as zip entries and their documents.</summary>
    public static IEnumerable<(string Entry, XElement Root)> Generate(IEnumerable<DeployableAssembly> assemblies)
    {
        foreach (var type in assemblies.SelectMany(a => a.Types).Where(t => t.CustomApi != null))
        {
            var api = type.CustomApi!;
            yield return (ApiEntry(api.UniqueName), Api(api, RegistrationXml.PluginTypeIdOf(type).ToString("B")));
            foreach (var parameter in api.Parameters)
            {
                yield return (ParameterEntry(api.UniqueName, parameter.UniqueName), Field("customapirequestparameter", api, parameter, optional: true));
            }

            foreach (var property in api.Responses)
            {
                yield return (ResponseEntry(api.UniqueName, property.UniqueName), Field("customapiresponseproperty", api, property, optional: false));
            }
        }
    }

    private static XElement Api(DeclaredCustomApi api, string pluginTypeId) =>
        new XElement("customapi", new XAttribute("uniquename", api.UniqueName),
            new XElement("allowedcustomprocessingsteptype", Number((int)api.AllowedCustomProcessingStepType)),
            new XElement("bindingtype", Number((int)api.Binding)),
            new XElement("boundentitylogicalname", api.BoundTable),
            Label("description", api.Labels.Description, api.Labels.GermanDescription),
            Label("displayname", api.Labels.DisplayName, api.Labels.GermanDisplayName),
            new XElement("executeprivilegename", api.ExecutePrivilegeName),
            new XElement("iscustomizable", "0"),
            new XElement("isfunction", Flag(api.IsFunction)),
            new XElement("isprivate", Flag(api.IsPrivate)),
            new XElement("name", api.UniqueName),
            new XElement("plugintypeid", new XElement("plugintypeid", pluginTypeId)),
            new XElement("workflowsdkstepenabled", "0"));

    private static XElement Field(string root, DeclaredCustomApi api, DeclaredCustomApiField field, bool optional)
    {
        var element = new XElement(root, new XAttribute("uniquename", field.UniqueName),
            Label("description", field.Labels.Description, field.Labels.GermanDescription),
            Label("displayname", field.Labels.DisplayName, field.Labels.GermanDisplayName),
            new XElement("iscustomizable", "0"));
        if (optional)
        {
            element.Add(new XElement("isoptional", Flag(field.IsOptional)));
        }

        element.Add(
            new XElement("logicalentityname", field.Table),
            new XElement("name", api.UniqueName + "." + field.UniqueName),
            new XElement("type", Number((int)field.Type)));
        return element;
    }

    private static XElement Label(string name, string english, string german)
    {
        var element = new XElement(name, new XAttribute("default", english), new XElement("label", new XAttribute("description", english), new XAttribute("languagecode", "1033")));
        if (german.Length > 0)
        {
            element.Add(new XElement("label", new XAttribute("description", german), new XAttribute("languagecode", "1031")));
        }

        return element;
    }

    private static string Flag(bool value) => value ? "1" : "0";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
