using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>An IOrganizationService bound to a user and, inside a plugin, to the plugin's context and transaction.</summary>
internal sealed class OrganizationService : IOrganizationService
{
    private readonly MessagePipeline pipeline;
    private readonly Caller caller;

    public OrganizationService(MessagePipeline pipeline, Caller caller)
    {
        this.pipeline = pipeline;
        this.caller = caller;
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        var latency = pipeline.Organization.CallLatency;
        if (latency > TimeSpan.Zero)
        {
            System.Threading.Thread.Sleep(latency);
        }

        return pipeline.Execute(request, caller);
    }

    public Guid Create(Entity entity) => (Guid)Execute(new CreateRequest { Target = entity }).Results["id"];

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        (Entity)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet }).Results["Entity"];

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        (EntityCollection)Execute(new RetrieveMultipleRequest { Query = query }).Results["EntityCollection"];

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });
}

/// <summary>The IOrganizationServiceFactory a plugin gets: null means SYSTEM; the initiating user stays the caller's.</summary>
internal sealed class OrganizationServiceFactory : IOrganizationServiceFactory
{
    private readonly MessagePipeline pipeline;
    private readonly Caller template;

    public OrganizationServiceFactory(MessagePipeline pipeline, Caller template)
    {
        this.pipeline = pipeline;
        this.template = template;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new OrganizationService(pipeline, template.As(userId ?? pipeline.Organization.SystemUserId));
}

/// <summary>The service provider a plugin's Execute receives.</summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly IExecutionContext context;
    private readonly IOrganizationServiceFactory factory;
    private readonly ITracingService tracing;

    public PluginServiceProvider(IExecutionContext context, IOrganizationServiceFactory factory, ITracingService tracing)
    {
        this.context = context;
        this.factory = factory;
        this.tracing = tracing;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType.IsInstanceOfType(context))
        {
            return context;
        }
        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return factory;
        }
        if (serviceType == typeof(ITracingService))
        {
            return tracing;
        }
        return null;
    }
}
