using System.Collections.Generic;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Funnel.Tests.Builders
{
    /// <summary>Small scoring models for tests.</summary>
    internal static class Models
    {
        /// <summary>A model without caps: web visit 1, download 10, webinar 50, unsubscribe -20; half-life 30 days.</summary>
        public static ScoringModel Uncapped(string version = "test-1", double webinarPoints = 50)
        {
            return new ScoringModel
            {
                Version = version,
                BehaviourRules = new List<BehaviourRule>
                {
                    Rule("web-visit", "webvisit", 1),
                    Rule("download", "download", 10),
                    new BehaviourRule { Id = "webinar", Description = "Attended webinar", Table = "fcm_interaction", Subtype = "webinarattendance", Points = webinarPoints },
                    Rule("unsubscribe", "unsubscribe", -20),
                },
                NegativeRules = new List<ProfileRule>
                {
                    new ProfileRule { Id = "competitor", Description = "Competitor domain", Column = "emailaddress1", Operator = "contains", Value = "@rival.example", Points = -100 },
                },
            };
        }

        /// <summary>
        /// A model with frequency caps: web visit 1 (at most 3 a day), download 10 (at most 2 a week), webinar 50,
        /// unsubscribe -20; half-life 30 days, cap horizon 120 days.
        /// </summary>
        public static ScoringModel Capped()
        {
            ScoringModel model = Uncapped("capped-1");
            List<BehaviourRule> rules = model.BehaviourRules!;
            rules[0].CapCount = 3;
            rules[0].CapWindow = "day";
            rules[1].CapCount = 2;
            rules[1].CapWindow = "week";
            model.CapHorizonDays = 120;
            return model;
        }

        private static BehaviourRule Rule(string id, string subtype, double points)
        {
            return new BehaviourRule { Id = id, Table = "fcm_interaction", Subtype = subtype, Points = points };
        }
    }
}
