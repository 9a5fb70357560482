using System.Collections.Generic;

namespace FunnelCrm.Funnel.Tests.Builders
{
    /// <summary>Lead profiles (column name to primitive value) in a fluent style.</summary>
    internal sealed class ProfileBuilder
    {
        private readonly Dictionary<string, object?> columns = new Dictionary<string, object?>();

        public static ProfileBuilder Lead(string email = "jana.schmidt@contoso.de")
        {
            return new ProfileBuilder().With("emailaddress1", email);
        }

        public ProfileBuilder With(string column, object? value)
        {
            columns[column] = value;
            return this;
        }

        public ProfileBuilder WithBant(int? budgetStatus, bool? decisionMaker, int? need, int? timeframe, int? process = null, decimal? amount = null)
        {
            return With("budgetstatus", budgetStatus).With("decisionmaker", decisionMaker).With("need", need)
                .With("purchasetimeframe", timeframe).With("purchaseprocess", process).With("budgetamount", amount);
        }

        public IReadOnlyDictionary<string, object?> Build()
        {
            return new Dictionary<string, object?>(columns);
        }
    }
}
