using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Data;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Security;

/// <summary>
/// What the access check reads about users, teams and business units, as one transaction sees them: a user's teams,
/// the business unit a user or team belongs to, and the business unit hierarchy. Answers are kept for the operation.
/// </summary>
internal sealed class Principals
{
    private readonly RowStore store;
    private readonly Transaction? transaction;
    private readonly Dictionary<Guid, HashSet<Guid>> teamsOfUser = new();
    private readonly Dictionary<Guid, Guid?> parentOfUnit = new();

    public Principals(RowStore store, Transaction? transaction)
    {
        this.store = store;
        this.transaction = transaction;
    }

    /// <summary>Whether the user or a team the user is a member of is the owner.</summary>
    public bool Owns(Guid userId, EntityReference owner) =>
        owner.LogicalName == "team" ? TeamsOf(userId).Contains(owner.Id) : owner.Id == userId;

    /// <summary>The business unit of a user or team (the unit a row they own belongs to); null when it has none.</summary>
    public Guid? BusinessUnitOf(EntityReference owner) =>
        (store.Read(owner.LogicalName, owner.Id, transaction)?.Values.GetValueOrDefault("businessunitid") as EntityReference)?.Id;

    /// <summary>Whether <paramref name="unit"/> is <paramref name="ancestor"/> or lies below it in the business unit hierarchy.</summary>
    public bool IsWithin(Guid unit, Guid ancestor)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = unit; current is Guid at && seen.Add(at); current = ParentOf(at))
        {
            if (at == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    private Guid? ParentOf(Guid unit)
    {
        if (!parentOfUnit.TryGetValue(unit, out var parent))
        {
            parent = (store.Read("businessunit", unit, transaction)?.Values.GetValueOrDefault("parentbusinessunitid") as EntityReference)?.Id;
            parentOfUnit[unit] = parent;
        }
        return parent;
    }

    private HashSet<Guid> TeamsOf(Guid userId)
    {
        if (!teamsOfUser.TryGetValue(userId, out var teams))
        {
            teams = store.ScanWhereEquals("teammembership", transaction, "systemuserid", new object?[] { userId }, _ => true)
                .Select(m => m.Values.GetValueOrDefault("teamid")).OfType<Guid>().ToHashSet();
            teamsOfUser[userId] = teams;
        }
        return teams;
    }
}
