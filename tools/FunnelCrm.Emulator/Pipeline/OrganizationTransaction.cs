using System;
using FunnelCrm.Emulator.Data;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// One database transaction that several top-level requests share, as Dataverse runs ExecuteTransaction and a Web API
/// change set: every request made through <see cref="Service"/> joins it (its row locks are held until the end), and
/// either <see cref="Commit"/> makes all of them visible and queues their async steps, or disposing without a commit
/// rolls all of them back. After a failed request the transaction can only be rolled back.
/// </summary>
public sealed class OrganizationTransaction : IDisposable
{
    private readonly Organization organization;
    private readonly Transaction transaction = new();

    internal OrganizationTransaction(Organization organization, Guid userId)
    {
        this.organization = organization;
        Service = new OrganizationService(organization.Pipeline, new Caller(userId, userId) { Transaction = transaction });
    }

    /// <summary>The service whose requests join the transaction.</summary>
    public IOrganizationService Service { get; }

    /// <summary>Commits every request made so far; refused when one of them failed.</summary>
    public void Commit()
    {
        if (transaction.IsCompleted)
        {
            throw new InvalidOperationException("The transaction has already ended.");
        }
        if (transaction.IsDoomed)
        {
            throw new InvalidOperationException("A request in the transaction failed: it can only be rolled back.");
        }
        organization.Pipeline.Commit(transaction);
    }

    /// <summary>Rolls back whatever was not committed.</summary>
    public void Dispose()
    {
        if (!transaction.IsCompleted)
        {
            organization.Store.Rollback(transaction);
        }
    }
}
