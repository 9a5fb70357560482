using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FunnelCrm.Emulator.CustomApis;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Emulator.Security;
using FunnelCrm.SolutionLayout;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator;

/// <summary>
/// An in-memory Dataverse organization: metadata (standard tables plus loaded solutions), rows with locks and
/// transactions, users with security roles, registered plugin steps, the async queue, traces and cost counters.
/// Services made by <see cref="CreateService"/> behave as Dataverse's organization service does.
/// </summary>
public sealed class Organization
{
    private readonly ConcurrentQueue<PluginExecution> executions = new();
    private readonly ConcurrentDictionary<Guid, PluginExecution> latest = new();
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);

    /// <summary>Creates an organization with the standard tables, a root business unit, SYSTEM and a base currency.</summary>
    public Organization(EmulatorClock? clock = null, string name = "funnelcrm")
    {
        Clock = clock ?? new EmulatorClock(new DateTime(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc));
        Name = name;
        Metadata = StandardTables.CreateCatalog();
        Pipeline = new MessagePipeline(this);
        AsyncQueue = new AsyncQueue(this);
        SecurityRows = new SecurityRows(this);
        Roles.Added += SecurityRows.AddRole;
        FieldSecurityProfiles.Added += SecurityRows.AddProfile;
        var system = new UserAccount(SystemUserId, "SYSTEM", RootBusinessUnitId, Array.Empty<SecurityRole>(), isSystem: true);
        Security.Add(system);
        Seed("businessunit", RootBusinessUnitId, new Dictionary<string, object?> { ["name"] = name });
        Seed("systemuser", SystemUserId, new Dictionary<string, object?> { ["fullname"] = "SYSTEM", ["businessunitid"] = new EntityReference("businessunit", RootBusinessUnitId) });
        Seed("transactioncurrency", BaseCurrencyId, new Dictionary<string, object?>
        {
            ["currencyname"] = "US Dollar", ["isocurrencycode"] = "USD", ["currencysymbol"] = "$", ["exchangerate"] = 1m, ["currencyprecision"] = 2,
            ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1),
        });
        foreach (var zone in TimeZoneRows.Zones)
        {
            Seed("timezonedefinition", Guid.NewGuid(), new Dictionary<string, object?> { ["timezonecode"] = zone.Key, ["standardname"] = zone.Value, ["userinterfacename"] = zone.Value });
        }
    }

    /// <summary>The organization id.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The organization's unique name.</summary>
    public string Name { get; }

    /// <summary>The clock the test controls.</summary>
    public EmulatorClock Clock { get; }

    /// <summary>Tables, columns, relationships and mappings.</summary>
    public MetadataCatalog Metadata { get; }

    /// <summary>Security roles loaded from solutions or added by tests.</summary>
    public RoleCatalog Roles { get; } = new();

    /// <summary>Field security profiles loaded from solutions or added by tests (their members are rows: see <see cref="AddToFieldSecurityProfile"/>).</summary>
    public FieldSecurityCatalog FieldSecurityProfiles { get; } = new();

    /// <summary>The SYSTEM user's id (what CreateOrganizationService(null) acts as).</summary>
    public Guid SystemUserId { get; } = Guid.NewGuid();

    /// <summary>The root business unit.</summary>
    public Guid RootBusinessUnitId { get; } = Guid.NewGuid();

    /// <summary>The base currency (USD, exchange rate 1).</summary>
    public Guid BaseCurrencyId { get; } = Guid.NewGuid();

    /// <summary>How long a write waits for another transaction's row lock before failing (default 30 s).</summary>
    public TimeSpan LockTimeout
    {
        get => Store.LockTimeout;
        set => Store.LockTimeout = value;
    }

    /// <summary>
    /// The platform behaviours the documentation leaves open (see the README, "Platform variants"),
    /// <see cref="PlatformBehaviour.Default"/> unless set. Set it before the first request.
    /// </summary>
    public PlatformBehaviour Platform { get; set; } = PlatformBehaviour.Default;

    internal RowStore Store { get; } = new();

    internal SecurityService Security { get; } = new();

    internal SecurityRows SecurityRows { get; }

    internal StepRegistry Steps { get; } = new();

    internal MessagePipeline Pipeline { get; }

    internal AsyncQueue AsyncQueue { get; }

    /// <summary>Loads a packed solution's customizations.xml (tables, columns, option sets, relationships, mappings, roles).</summary>
    public void LoadCustomizations(string path) => LoadCustomizations(XDocument.Load(path));

    /// <summary>Loads a solution's customizations document (a zip's customizations.xml, or one assembled from the unpacked layout).</summary>
    public void LoadCustomizations(XDocument document) => CustomizationsReader.Read(document, Metadata, Roles, FieldSecurityProfiles);

    /// <summary>
    /// Loads the solution source: the unpacked layout in <paramref name="folder"/> (Solution/ of the repository), assembled
    /// as the packer assembles it. A layout the packer could not read is refused, listing its problems.
    /// </summary>
    public void LoadSolutionSource(string folder) => LoadSolutionSource(new FolderFiles(folder));

    /// <summary>Loads the solution source from <paramref name="files"/> (e.g. the layout embedded in an assembly).</summary>
    public void LoadSolutionSource(ILayoutFiles files) => LoadCustomizations(UnpackedSolution.Load(files).Customizations);

    /// <summary>Adds a user holding the named roles (loaded from a solution or added to <see cref="Roles"/>); returns the systemuser id.</summary>
    public Guid AddUser(string fullName, params string[] roleNames)
    {
        var id = Guid.NewGuid();
        var roles = roleNames.Select(Roles.Get).ToList();
        Security.Add(new UserAccount(id, fullName, RootBusinessUnitId, roles));
        Seed("systemuser", id, new Dictionary<string, object?>
        {
            ["fullname"] = fullName, ["businessunitid"] = new EntityReference("businessunit", RootBusinessUnitId),
            ["isdisabled"] = false, ["accessmode"] = new OptionSetValue(0),
        });
        SecurityRows.AddUserRoles(id, roles);
        return id;
    }

    /// <summary>
    /// Makes a user or team a member of the named field security profile (Associate of systemuserprofiles_association or
    /// teamprofiles_association through SYSTEM, as an admin adds members; members never travel with a solution).
    /// </summary>
    public void AddToFieldSecurityProfile(string profileName, EntityReference principal)
    {
        var profile = FieldSecurityProfiles.Get(profileName);
        CreateService().Associate("fieldsecurityprofile", profile.Id,
            new Relationship(principal.LogicalName == "team" ? "teamprofiles_association" : "systemuserprofiles_association"),
            new EntityReferenceCollection { principal });
    }

    /// <summary>A top-level organization service acting as the user (null: SYSTEM), as a client application gets it.</summary>
    public IOrganizationService CreateService(Guid? userId = null)
    {
        var user = userId ?? SystemUserId;
        Security.GetUser(user);
        return new OrganizationService(Pipeline, new Caller(user, user));
    }

    /// <summary>Whether the organization runs the message (a request by that name reaches a handler).</summary>
    public bool Supports(string message) => message == "ExecuteMultiple" || Messages.MessageHandlers.Find(message) != null || CustomApis.Find(message) != null;

    /// <summary>The custom APIs registered in the organization (their messages run like any other).</summary>
    public CustomApiCatalog CustomApis { get; } = new();

    /// <summary>
    /// Registers every custom API declared with [CustomApi] on the assembly's plugin types, from the same declarations the
    /// packer writes the solution's customapis/ files from. All or nothing: when any is refused, nothing is registered
    /// and the exception names each API and why.
    /// </summary>
    public IReadOnlyList<CustomApiRegistration> RegisterDeclaredCustomApis(Assembly assembly)
    {
        var apis = CustomApiDeclarations.In(assembly);
        var refusals = apis.Select(a => (Api: a, Refusals: CustomApiCatalog.Refusals(a))).Where(r => r.Refusals.Count > 0)
            .Select(r => new CustomApiRegistrationException(r.Api.UniqueName, r.Refusals).Message).ToList();
        if (refusals.Count > 0)
        {
            throw new CustomApiRegistrationException(assembly.GetName().Name ?? "assembly", refusals);
        }

        apis.ToList().ForEach(CustomApis.Register);
        return apis;
    }

    /// <summary>Starts a transaction that several requests of the user (null: SYSTEM) share, committed or rolled back as one.</summary>
    public OrganizationTransaction BeginTransaction(Guid? userId = null)
    {
        var user = userId ?? SystemUserId;
        Security.GetUser(user);
        return new OrganizationTransaction(this, user);
    }

    /// <summary>A factory for top-level services (null user: SYSTEM).</summary>
    public IOrganizationServiceFactory ServiceFactory => new TopLevelServiceFactory(this);

    /// <summary>Runs custom workflow activities against this organization.</summary>
    public Workflow.WorkflowActivityRunner Workflows => new(this);

    /// <summary>
    /// Registers every step declared with [PluginStep] on the assembly's plugin types. All or nothing: when any
    /// declaration is refused, nothing is registered and the exception lists every refusal, naming each step.
    /// </summary>
    public IReadOnlyList<StepRegistration> RegisterDeclaredSteps(Assembly assembly)
    {
        var registrations = new List<StepRegistration>();
        var refusals = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => typeof(IPlugin).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            try
            {
                registrations.AddRange(StepRegistry.FromDeclarations(type));
            }
            catch (StepRegistrationException refused)
            {
                refusals.Add(refused.Message);
            }
        }
        refusals.AddRange(registrations.Select(r => (Step: r, Refusals: StepRules.Check(r)))
            .Where(r => r.Refusals.Count > 0)
            .Select(r => new StepRegistrationException(r.Step.Name, r.Refusals).Message));
        if (refusals.Count > 0)
        {
            throw new StepRegistrationException(assembly.GetName().Name ?? "assembly", refusals);
        }
        registrations.ForEach(Steps.Register);
        return registrations;
    }

    /// <summary>Registers the steps declared on one plugin type.</summary>
    public IReadOnlyList<StepRegistration> RegisterPlugin<TPlugin>() where TPlugin : IPlugin
    {
        var registrations = StepRegistry.FromDeclarations(typeof(TPlugin));
        foreach (var registration in registrations)
        {
            Steps.Register(registration);
        }
        return registrations;
    }

    /// <summary>Registers a step given explicitly (test plugins); validated as Dataverse validates registrations.</summary>
    public void RegisterStep(StepRegistration registration) => Steps.Register(registration);

    /// <summary>Unregisters a step (as deleting or disabling its sdkmessageprocessingstep does); returns whether it was registered.</summary>
    public bool UnregisterStep(Guid stepId) => Steps.Unregister(stepId);

    /// <summary>The registered steps.</summary>
    public IReadOnlyList<StepRegistration> RegisteredSteps => Steps.Registrations;

    /// <summary>Runs every queued async job (and the jobs they queue); failures are recorded on <see cref="SystemJobs"/>. Returns how many ran.</summary>
    public int DrainAsyncJobs() => AsyncQueue.Drain();

    /// <summary>Queued async jobs not yet run.</summary>
    public int WaitingAsyncJobs => AsyncQueue.WaitingCount;

    /// <summary>The system jobs kept: waiting ones, failed ones, and succeeded ones whose step keeps them.</summary>
    public IReadOnlyList<SystemJob> SystemJobs => AsyncQueue.Jobs;

    /// <summary>Every plugin and workflow activity execution so far, in start order, with traces and cost counters.</summary>
    public IReadOnlyList<PluginExecution> Executions => executions.ToArray();

    /// <summary>Every service call so far (top-level and nested), by message name.</summary>
    public IReadOnlyDictionary<string, int> ServiceCalls => calls.ToDictionary(p => p.Key, p => p.Value);

    /// <summary>Forgets recorded executions and call counts (rows, steps and jobs stay).</summary>
    public void ResetDiagnostics()
    {
        executions.Clear();
        calls.Clear();
    }

    internal void Record(PluginExecution execution)
    {
        executions.Enqueue(execution);
        latest[execution.StepId] = execution;
    }

    /// <summary>The latest execution of a step (what an async job's trace shows).</summary>
    internal PluginExecution? LatestExecutionOf(Guid stepId) => latest.TryGetValue(stepId, out var execution) ? execution : null;

    /// <summary>Formats values for callers as Dataverse does, reading lookups' names as <paramref name="transaction"/> sees them.</summary>
    internal ValueFormatter Formatter(Transaction? transaction) =>
        new(reference => Metadata.FindTable(reference.LogicalName ?? "")?.PrimaryNameColumn is { } name
                ? Store.ReadValue(reference.LogicalName!, reference.Id, name, transaction) as string
                : null,
            Store.ReadValue("transactioncurrency", BaseCurrencyId, "currencysymbol", transaction) as string ?? "");

    internal void CountCall(string message) => calls.AddOrUpdate(message, 1, (_, n) => n + 1);

    private void Seed(string table, Guid id, Dictionary<string, object?> values)
    {
        var meta = Metadata.GetTable(table);
        values[meta.PrimaryIdColumn] = id;
        values["createdon"] = Clock.UtcNow;
        values["modifiedon"] = Clock.UtcNow;
        var transaction = new Transaction();
        Store.Insert(table, id, values, transaction);
        Store.Commit(transaction);
    }

    private sealed class TopLevelServiceFactory : IOrganizationServiceFactory
    {
        private readonly Organization organization;

        public TopLevelServiceFactory(Organization organization)
        {
            this.organization = organization;
        }

        public IOrganizationService CreateOrganizationService(Guid? userId) => organization.CreateService(userId);
    }
}
