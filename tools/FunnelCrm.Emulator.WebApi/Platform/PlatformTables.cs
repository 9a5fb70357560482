using FunnelCrm.Emulator.Metadata;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// The platform tables a client reads to deploy and check a solution, with the columns Dataverse's table reference
/// documents for them: messages and their filters, plug-in assemblies and types, steps and their images, solutions
/// and their components, system jobs and plug-in trace logs. The host keeps their rows in step with the organization.
/// </summary>
public static class PlatformTables
{
    /// <summary>The logical names of the tables.</summary>
    public const string SdkMessage = "sdkmessage", SdkMessageFilter = "sdkmessagefilter", PluginAssembly = "pluginassembly", PluginType = "plugintype",
        Step = "sdkmessageprocessingstep", StepImage = "sdkmessageprocessingstepimage", ServiceEndpoint = "serviceendpoint", Solution = "solution",
        SolutionComponent = "solutioncomponent", AsyncOperation = "asyncoperation", PluginTraceLog = "plugintracelog";

    /// <summary>Adds the tables to the catalog (a table it already has is kept).</summary>
    public static void AddTo(MetadataCatalog catalog)
    {
        catalog.AddTable(Table(SdkMessage, "SdkMessage", "name").AddColumns(Text("name", 256), Text("categoryname", 25), Bool("isprivate"), Int("customizationlevel")));
        catalog.AddTable(Table(SdkMessageFilter, "SdkMessageFilter", "name").AddColumns(Text("name", 256), Lookup("sdkmessageid", SdkMessage),
            new ColumnMetadata("primaryobjecttypecode", ColumnType.EntityName), new ColumnMetadata("secondaryobjecttypecode", ColumnType.EntityName),
            Bool("iscustomprocessingstepallowed"), Bool("isvisible")));
        catalog.AddTable(Table(PluginAssembly, "PluginAssembly", "name").WithEntitySetName("pluginassemblies").AddColumns(Text("name", 256), Text("version", 48),
            Text("culture", 32), Text("publickeytoken", 32), Choice("isolationmode", 1, 2, 3), Choice("sourcetype", 0, 1, 2, 3, 4), Memo("description")));
        catalog.AddTable(Table(PluginType, "PluginType", "name").AddColumns(Text("typename", 256), Text("name", 256), Text("friendlyname", 256),
            Text("assemblyname", 100), Lookup("pluginassemblyid", PluginAssembly), Bool("isworkflowactivity"), Text("workflowactivitygroupname", 256), Memo("description")));
        catalog.AddTable(Table(ServiceEndpoint, "ServiceEndpoint", "name").AddColumns(Text("name", 256)));
        catalog.AddTable(Table(Step, "SdkMessageProcessingStep", "name").WithStates((0, 1), (1, 2)).AddColumns(Text("name", 256), Memo("description"),
            Lookup("sdkmessageid", SdkMessage), Lookup("sdkmessagefilterid", SdkMessageFilter), Lookup("eventhandler", PluginType, ServiceEndpoint),
            Lookup("plugintypeid", PluginType), Choice("stage", 5, 10, 15, 20, 25, 30, 40, 45, 50), Choice("mode", 0, 1), Int("rank"),
            Choice("supporteddeployment", 0, 1, 2), Choice("invocationsource", -1, 0, 1), new ColumnMetadata("filteringattributes", ColumnType.String) { MaxLength = 100000 },
            Bool("asyncautodelete"), Memo("configuration"), Int("customizationlevel"), Bool("ishidden")));
        catalog.AddTable(Table(StepImage, "SdkMessageProcessingStepImage", "name").AddColumns(Text("name", 256), Text("entityalias", 256),
            Choice("imagetype", 0, 1, 2), Text("messagepropertyname", 256), new ColumnMetadata("attributes", ColumnType.String) { MaxLength = 100000 },
            Lookup("sdkmessageprocessingstepid", Step), Memo("description")));
        catalog.AddTable(Table(Solution, "Solution", "friendlyname").AddColumns(Text("uniquename", 65), Text("friendlyname", 256), Text("version", 256),
            Bool("ismanaged"), Bool("isvisible"), Date("installedon"), Memo("description")));
        catalog.AddTable(Table(SolutionComponent, "SolutionComponent").AddColumns(Lookup("solutionid", Solution), Uid("objectid"),
            new ColumnMetadata("componenttype", ColumnType.Picklist), Choice("rootcomponentbehavior", 0, 1, 2), Bool("ismetadata")));
        catalog.AddTable(Table(AsyncOperation, "AsyncOperation", "name")
            .WithStates((0, 0), (1, 10), (2, 20), (2, 21), (2, 22), (3, 30), (3, 31), (3, 32))
            .AddColumns(Text("name", 256), new ColumnMetadata("operationtype", ColumnType.Picklist), Memo("message"), Memo("friendlymessage"), Int("errorcode"),
                Text("messagename", 160), Text("primaryentitytype", 64), Lookup("owningextensionid", Step), Uid("correlationid"), Int("depth"),
                Date("startedon"), Date("completedon"), Memo("data")));
        catalog.AddTable(Table(PluginTraceLog, "PluginTraceLog", "typename").AddColumns(Text("typename", 1024), Text("messagename", 1024),
            Text("primaryentity", 1024), Memo("exceptiondetails"), Memo("messageblock"), Choice("mode", 0, 1), Choice("operationtype", 0, 1, 2), Int("depth"),
            Int("performanceexecutionduration"), Date("performanceexecutionstarttime"), Uid("pluginstepid"), Uid("correlationid"), Memo("configuration")));
    }

    /// <summary>Whether the table's rows are a view of the organization's state refreshed before each read.</summary>
    public static bool IsDiagnostic(string logicalName) => logicalName is AsyncOperation or PluginTraceLog;

    private static TableMetadata Table(string logicalName, string schemaName, string? primaryName = null) =>
        new TableMetadata(logicalName, Ownership.OrganizationOwned, schemaName, primaryNameColumn: primaryName)
            .AddColumns(Date("createdon"), Date("modifiedon"), Date("overriddencreatedon"), Lookup("createdby", "systemuser"), Lookup("modifiedby", "systemuser"),
                new ColumnMetadata("versionnumber", ColumnType.BigInt));

    private static ColumnMetadata Text(string name, int maxLength) => new(name, ColumnType.String) { MaxLength = maxLength };

    private static ColumnMetadata Memo(string name) => new(name, ColumnType.Memo) { MaxLength = 1073741823 };

    private static ColumnMetadata Int(string name) => new(name, ColumnType.Integer);

    private static ColumnMetadata Bool(string name) => new(name, ColumnType.Boolean);

    private static ColumnMetadata Date(string name) => new(name, ColumnType.DateTime);

    private static ColumnMetadata Uid(string name) => new(name, ColumnType.UniqueIdentifier);

    private static ColumnMetadata Lookup(string name, params string[] targets) => new(name, ColumnType.Lookup, targets);

    private static ColumnMetadata Choice(string name, params int[] values) => new(name, ColumnType.Picklist, options: values);

}
