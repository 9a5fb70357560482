using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>
    /// Judges Budget, Authority, Need and Timeline from the lead's own columns (<see cref="BantColumns"/>); 0 is a
    /// value, null is missing.
    /// <list type="bullet">
    /// <item>Budget: missing when budgetstatus and budgetamount are both null; fails for a failing status or an amount
    /// below the minimum (when one is set); passes otherwise (a status that does not fail, or an amount alone).</item>
    /// <item>Authority: passes for a decision maker; otherwise (unless a decision maker is required) a purchase process
    /// that does not fail passes; missing when both columns are null; fails otherwise.</item>
    /// <item>Need: missing when null; fails for a failing value; passes otherwise.</item>
    /// <item>Timeline: missing when null; fails for a failing value; passes otherwise.</item>
    /// </list>
    /// </summary>
    public static class BantGate
    {
        private static readonly string[] BudgetLabels = { "No Committed Budget", "May Buy", "Can Buy", "Will Buy" };
        private static readonly string[] ProcessLabels = { "Individual", "Committee", "Unknown" };
        private static readonly string[] NeedLabels = { "Must have", "Should have", "Good to have", "No need" };
        private static readonly string[] TimeframeLabels = { "Immediate", "This Quarter", "Next Quarter", "This Year", "Unknown" };

        /// <summary>Judges the four items.</summary>
        public static BantEvaluation Evaluate(IReadOnlyDictionary<string, object?> profile, BantSettings settings)
        {
            if (profile == null)
            {
                throw new ArgumentNullException(nameof(profile));
            }

            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            return new BantEvaluation(new[]
            {
                Budget(profile, settings),
                Authority(profile, settings),
                Coded(BantItem.Need, Number(profile, BantColumns.Need), settings.FailingNeeds, NeedLabels),
                Coded(BantItem.Timeline, Number(profile, BantColumns.PurchaseTimeframe), settings.FailingTimeframes, TimeframeLabels),
            });
        }

        private static BantItemResult Budget(IReadOnlyDictionary<string, object?> profile, BantSettings settings)
        {
            decimal? status = Number(profile, BantColumns.BudgetStatus);
            decimal? amount = Number(profile, BantColumns.BudgetAmount);
            if (!status.HasValue && !amount.HasValue)
            {
                return new BantItemResult(BantItem.Budget, BantVerdict.Missing, "missing");
            }

            if (status.HasValue && settings.FailingBudgetStatuses.Contains((int)status.Value))
            {
                return new BantItemResult(BantItem.Budget, BantVerdict.Fail, Label(BudgetLabels, status.Value));
            }

            if (settings.MinimumBudgetAmount.HasValue && (!amount.HasValue || amount.Value < settings.MinimumBudgetAmount.Value))
            {
                return new BantItemResult(BantItem.Budget, BantVerdict.Fail, amount.HasValue ? "budget below the minimum" : "no budget amount");
            }

            return new BantItemResult(BantItem.Budget, BantVerdict.Pass, status.HasValue ? Label(BudgetLabels, status.Value) : "budget amount given");
        }

        private static BantItemResult Authority(IReadOnlyDictionary<string, object?> profile, BantSettings settings)
        {
            bool? decisionMaker = profile.TryGetValue(BantColumns.DecisionMaker, out object? value) && value is bool flag ? flag : (bool?)null;
            decimal? process = Number(profile, BantColumns.PurchaseProcess);
            if (decisionMaker == true)
            {
                return new BantItemResult(BantItem.Authority, BantVerdict.Pass, "decision maker");
            }

            if (!decisionMaker.HasValue && !process.HasValue)
            {
                return new BantItemResult(BantItem.Authority, BantVerdict.Missing, "missing");
            }

            if (!settings.RequireDecisionMaker && process.HasValue && !settings.FailingPurchaseProcesses.Contains((int)process.Value))
            {
                return new BantItemResult(BantItem.Authority, BantVerdict.Pass, Label(ProcessLabels, process.Value));
            }

            return new BantItemResult(BantItem.Authority, BantVerdict.Fail, process.HasValue ? Label(ProcessLabels, process.Value) : "not the decision maker");
        }

        private static BantItemResult Coded(BantItem item, decimal? code, List<int> failing, string[] labels)
        {
            if (!code.HasValue)
            {
                return new BantItemResult(item, BantVerdict.Missing, "missing");
            }

            return new BantItemResult(item, failing.Contains((int)code.Value) ? BantVerdict.Fail : BantVerdict.Pass, Label(labels, code.Value));
        }

        private static decimal? Number(IReadOnlyDictionary<string, object?> profile, string column)
        {
            return profile.TryGetValue(column, out object? value) && ProfileValues.TryNumber(value, out decimal number) ? number : (decimal?)null;
        }

        private static string Label(string[] labels, decimal code)
        {
            int index = (int)code;
            return index >= 0 && index < labels.Length && index == code ? labels[index] : "value " + code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
