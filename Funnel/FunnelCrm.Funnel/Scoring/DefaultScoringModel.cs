using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// The built-in model (version "default-1"), following the documented example weights: web visit 1 (at most 5 a
    /// day), newsletter sign-up 20, event or webinar attendance 50, a demo request 100 (MQL by itself), target account 20.
    /// Tasks and a rep's outgoing emails score nothing. Threshold 100, half-life 30 days, minimum fit 0, grades 40/20/0.
    /// Competitors are company-specific: add a negative rule on <c>emailaddress1</c> with operator <c>contains</c>.
    /// </summary>
    public static class DefaultScoringModel
    {
        /// <summary>The version the built-in model stamps on activities.</summary>
        public const string Version = "default-1";

        /// <summary>Builds a fresh copy of the built-in model (callers may change their copy).</summary>
        public static ScoringModel Create()
        {
            return new ScoringModel
            {
                Version = Version,
                MqlThreshold = 100,
                MinimumFitForMql = 0,
                BehaviourHalfLifeDays = 30,
                CapHorizonDays = 120,
                Grades = new GradeBands { A = 40, B = 20, C = 0 },
                BehaviourRules = new List<BehaviourRule>
                {
                    Interaction("web-visit", "Visited the website", InteractionTypes.WebVisit, 1, 5, "day"),
                    Interaction("download", "Downloaded content", InteractionTypes.Download, 10, 3, "week"),
                    Interaction("newsletter-signup", "Signed up for the newsletter", InteractionTypes.NewsletterSignup, 20, 1, "month"),
                    Interaction("email-click", "Opened or clicked an email", InteractionTypes.EmailClick, 3, 5, "week"),
                    Interaction("social", "Interacted on social media", InteractionTypes.Social, 2, 5, "week"),
                    Interaction("chat", "Chatted live", InteractionTypes.Chat, 10, null, null),
                    Interaction("webinar-registration", "Registered for a webinar", InteractionTypes.WebinarRegistration, 10, null, null),
                    Interaction("webinar-attendance", "Attended webinar", InteractionTypes.WebinarAttendance, 50, null, null),
                    Interaction("event-attendance", "Attended an event", InteractionTypes.EventAttendance, 50, null, null),
                    Interaction("demo-request", "Requested a demo", InteractionTypes.DemoRequest, 100, null, null),
                    Interaction("cart-add", "Put a product in the cart", InteractionTypes.CartAdd, 30, 1, "week"),
                    Interaction("unsubscribe", "Unsubscribed from the newsletter", InteractionTypes.Unsubscribe, -20, null, null),
                    Activity("email-in", "Wrote an email", "email", "incoming", 10),
                    Activity("call-in", "Called us", "phonecall", "incoming", 15),
                    Activity("call-out", "Took a sales call", "phonecall", "outgoing", 5),
                    Activity("meeting", "Met with sales", "appointment", "any", 30),
                    Activity("campaign-response", "Responded to a campaign", "campaignresponse", "any", 15),
                },
                FitRules = new List<ProfileRule>
                {
                    new ProfileRule { Id = "target-account", Description = "Target account", Column = ProfileColumns.TargetAccount, Operator = "equals", Value = "true", Points = 20 },
                    new ProfileRule { Id = "company-50", Description = "Company with 50 or more employees", Column = ProfileColumns.NumberOfEmployees, Operator = "ge", Value = "50", Points = 10 },
                    new ProfileRule { Id = "company-500", Description = "Company with 500 or more employees", Column = ProfileColumns.NumberOfEmployees, Operator = "ge", Value = "500", Points = 10 },
                    new ProfileRule
                    {
                        Id = "senior-role", Description = "Decision-making role", Column = ProfileColumns.JobTitle, Operator = "contains", Points = 15,
                        Values = new List<string> { "head", "director", "vp", "vice president", "chief", "ceo", "cto", "cfo", "cmo", "owner", "leiter", "geschäftsführer", "vorstand" },
                    },
                    new ProfileRule
                    {
                        Id = "dach", Description = "Based in Germany, Austria or Switzerland", Column = ProfileColumns.Country, Operator = "in", Points = 5,
                        Values = new List<string> { "Germany", "Deutschland", "Austria", "Österreich", "Switzerland", "Schweiz", "DE", "AT", "CH" },
                    },
                },
                NegativeRules = new List<ProfileRule>
                {
                    new ProfileRule { Id = "invalid-email", Description = "Invalid email address", Column = ProfileColumns.EmailAddress, Operator = "invalidemail", Points = -30 },
                    new ProfileRule
                    {
                        Id = "free-mail", Description = "Free-mail address", Column = ProfileColumns.EmailAddress, Operator = "contains", Points = -10,
                        Values = new List<string> { "@gmail.", "@googlemail.", "@yahoo.", "@hotmail.", "@outlook.", "@live.", "@gmx.", "@web.de", "@t-online.de", "@aol.", "@icloud." },
                    },
                    new ProfileRule { Id = "unsubscribed", Description = "Unsubscribed from bulk email", Column = ProfileColumns.DoNotBulkEmail, Operator = "equals", Value = "true", Points = -20 },
                    new ProfileRule { Id = "no-email", Description = "Does not want email", Column = ProfileColumns.DoNotEmail, Operator = "equals", Value = "true", Points = -20 },
                    new ProfileRule
                    {
                        Id = "wrong-target-group", Description = "Not in the target group", Column = ProfileColumns.JobTitle, Operator = "contains", Points = -50,
                        Values = new List<string> { "student", "intern", "praktikant", "werkstudent", "trainee" },
                    },
                    new ProfileRule { Id = "inactive-90", Description = "Inactive for 90 days or more", Column = ProfileColumns.DaysInactive, Operator = "ge", Value = "90", Points = -20 },
                },
            };
        }

        private static BehaviourRule Interaction(string id, string description, string subtype, double points, int? capCount, string? capWindow)
        {
            return new BehaviourRule
            {
                Id = id, Description = description, Table = "fcm_interaction", Direction = "any", State = "completed",
                Subtype = subtype, Points = points, CapCount = capCount, CapWindow = capWindow,
            };
        }

        private static BehaviourRule Activity(string id, string description, string table, string direction, double points)
        {
            return new BehaviourRule { Id = id, Description = description, Table = table, Direction = direction, State = "completed", Points = points };
        }
    }
}
