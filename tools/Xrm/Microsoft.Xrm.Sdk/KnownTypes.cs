using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The value types attribute and parameter collections may carry when serialized.</summary>
    internal static class KnownTypes
    {
        internal static IEnumerable<Type> Values() => new[]
        {
            typeof(Entity), typeof(EntityReference), typeof(EntityCollection), typeof(EntityReferenceCollection),
            typeof(Money), typeof(OptionSetValue), typeof(OptionSetValueCollection), typeof(AliasedValue), typeof(Relationship),
            typeof(ColumnSet), typeof(QueryExpression), typeof(QueryByAttribute), typeof(FetchExpression), typeof(PagingInfo),
            typeof(ConcurrencyBehavior), typeof(EntityState), typeof(OrganizationRequestCollection), typeof(ExecuteMultipleSettings),
            typeof(ExecuteMultipleResponseItemCollection), typeof(OrganizationServiceFault), typeof(Guid[]), typeof(string[]), typeof(int[]),
        };
    }
}
