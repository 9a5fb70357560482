namespace FunnelCrm.Packaging.Tests.Support;

/// <summary>Files of the real Solution/ layout that the broken-copy tests change.</summary>
public static class LayoutFiles
{
    public const string Manifest = "Other/Solution.xml";
    public const string Customizations = "Other/Customizations.xml";
    public const string FieldSecurityProfiles = "Other/FieldSecurityProfiles.xml";
    public const string Lead = "Entities/Lead/Entity.xml";
    public const string ScoringRule = "Entities/fcm_ScoringRule/Entity.xml";
    public const string HotLeadsView = "Entities/Lead/SavedQueries/{394624a0-178d-5334-9eef-fcb72430db3f}.xml";
    public const string SlaBreachedView = "Entities/Lead/SavedQueries/{01e81249-3488-54aa-a499-06955dfc27ea}.xml";
    public const string LeadsByStageChart = "Entities/Lead/Visualizations/{7ddade78-bc87-51fe-a703-d48bbf07c15a}.xml";
    public const string LeadRepForm = "Entities/Lead/FormXml/main/{f2a3481b-fd2f-5f41-bdf6-26a80dc82d1c}.xml";
    public const string ScoringRuleForm = "Entities/fcm_ScoringRule/FormXml/main/{81fd7004-6278-5d8f-8243-0946fda144fb}.xml";
    public const string GradeChoice = "OptionSets/fcm_grade.xml";
    public const string MyFunnelDashboard = "Dashboards/{34fef32b-42b7-585d-ad85-cfc7d070e16c}.xml";
    public const string App = "AppModules/fcm_FunnelPerformance/AppModule.xml";
    public const string SiteMap = "AppModuleSiteMaps/fcm_FunnelPerformance/AppModuleSiteMap.xml";
}
