using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// The lead columns fit and negative rules may read (the profile step filters on exactly this list), plus
    /// <see cref="DaysInactive"/>, which the engine derives from the lead's last scored activity and the clock.
    /// A rule on any other column is refused by <see cref="ScoringModelValidator"/>.
    /// </summary>
    public static class ProfileColumns
    {
        /// <summary>Industry (option set value).</summary>
        public const string IndustryCode = "industrycode";

        /// <summary>Number of employees (whole number).</summary>
        public const string NumberOfEmployees = "numberofemployees";

        /// <summary>Annual revenue (money, base currency).</summary>
        public const string Revenue = "revenue";

        /// <summary>Job title (text).</summary>
        public const string JobTitle = "jobtitle";

        /// <summary>Email address (text).</summary>
        public const string EmailAddress = "emailaddress1";

        /// <summary>Country of the primary address (text).</summary>
        public const string Country = "address1_country";

        /// <summary>Lead source (option set value).</summary>
        public const string LeadSourceCode = "leadsourcecode";

        /// <summary>Company name (text).</summary>
        public const string CompanyName = "companyname";

        /// <summary>Do not allow emails (yes/no).</summary>
        public const string DoNotEmail = "donotemail";

        /// <summary>Do not allow bulk emails, i.e. unsubscribed (yes/no).</summary>
        public const string DoNotBulkEmail = "donotbulkemail";

        /// <summary>On sales' target account list (yes/no, FunnelCrm column).</summary>
        public const string TargetAccount = "fcm_targetaccount";

        /// <summary>
        /// Derived, not a lead column: whole days from the lead's last engagement (the latest activity that matched a
        /// behaviour rule with positive points) to now; null when the lead has none.
        /// </summary>
        public const string DaysInactive = "daysinactive";

        /// <summary>The lead columns the profile step reads (without the derived <see cref="DaysInactive"/>).</summary>
        public static readonly IReadOnlyList<string> LeadColumns = new[]
        {
            IndustryCode, NumberOfEmployees, Revenue, JobTitle, EmailAddress, Country, LeadSourceCode,
            CompanyName, DoNotEmail, DoNotBulkEmail, TargetAccount,
        };

        private static readonly HashSet<string> Allowed = new HashSet<string>(
            new List<string>(LeadColumns) { DaysInactive }, StringComparer.Ordinal);

        /// <summary>True when a fit or negative rule may read <paramref name="column"/>.</summary>
        public static bool IsAllowed(string? column)
        {
            return column != null && Allowed.Contains(column);
        }
    }
}
