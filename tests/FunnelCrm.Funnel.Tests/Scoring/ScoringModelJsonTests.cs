using System.Collections.Generic;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Funnel.Tests.Scoring
{
    public class ScoringModelJsonTests
    {
        [Fact]
        public void Save_DefaultModel_LoadsBackToTheSameJson()
        {
            string json = ScoringModelJson.Save(DefaultScoringModel.Create());

            ScoringModel loaded = ScoringModelJson.Load(json);

            Assert.Equal(json, ScoringModelJson.Save(loaded));
            Assert.Equal(DefaultScoringModel.Version, loaded.Version);
            Assert.Equal(DefaultScoringModel.Create().BehaviourRules!.Count, loaded.BehaviourRules!.Count);
        }

        [Fact]
        public void Save_DefaultModel_WritesTheDocumentedFieldNames()
        {
            string json = ScoringModelJson.Save(DefaultScoringModel.Create());

            Assert.Contains("\"mqlThreshold\": 100", json);
            Assert.Contains("\"behaviourHalfLifeDays\": 30", json);
            Assert.Contains("\"behaviourRules\"", json);
            Assert.Contains("\"capWindow\": \"day\"", json);
            Assert.Contains("\"operator\": \"equals\"", json);
        }

        [Fact]
        public void Load_MinimalModel_TakesTheDefaults()
        {
            string json = "{\"version\":\"m1\",\"behaviourRules\":[{\"id\":\"visit\",\"table\":\"fcm_interaction\",\"subtype\":\"webvisit\",\"points\":1}]}";

            ScoringModel model = ScoringModelJson.Load(json);

            Assert.Equal(100, model.MqlThreshold);
            Assert.Equal(30, model.BehaviourHalfLifeDays);
            Assert.Equal(40, model.Grades!.A);
            Assert.Empty(model.FitRules!);
        }

        [Fact]
        public void Load_UnknownOperator_IsRefusedNamingTheRuleAndField()
        {
            string json = "{\"version\":\"m1\",\"fitRules\":[{\"id\":\"size\",\"column\":\"numberofemployees\",\"operator\":\"gt\",\"value\":\"50\",\"points\":10}]}";

            var error = Assert.Throws<ScoringModelException>(() => ScoringModelJson.Load(json));

            Assert.Contains("Rule 'size': field 'operator'", error.Message);
        }

        [Fact]
        public void Load_MissingPoints_IsRefusedNamingTheRuleAndField()
        {
            string json = "{\"version\":\"m1\",\"behaviourRules\":[{\"id\":\"visit\",\"table\":\"fcm_interaction\"}]}";

            var error = Assert.Throws<ScoringModelException>(() => ScoringModelJson.Load(json));

            Assert.Contains("Rule 'visit': field 'points' is missing.", error.Problems);
        }

        [Fact]
        public void Load_InactiveRule_IsKeptButScoresNothing()
        {
            string json = "{\"version\":\"m1\",\"behaviourRules\":[{\"id\":\"visit\",\"table\":\"fcm_interaction\",\"subtype\":\"webvisit\",\"points\":1,\"active\":false}]}";
            var engine = new ScoringEngine(ScoringModelJson.Load(json));

            ActivityScoring result = engine.Score(LeadScoreState.Empty, Builders.ActivityBuilder.Interaction("webvisit", Builders.Moments.Day(0)), Builders.Moments.Day(0));

            Assert.Equal(ScoringOutcome.NoRule, result.Outcome);
        }

        [Fact]
        public void Load_NotJson_IsRefusedWithAMessage()
        {
            var error = Assert.Throws<ScoringModelException>(() => ScoringModelJson.Load("threshold = 100"));

            Assert.StartsWith("The scoring model is not valid JSON", error.Message);
        }
    }

    public class ScoringModelValidatorTests
    {
        [Fact]
        public void Validate_DefaultModel_HasNoProblems()
        {
            IReadOnlyList<string> problems = ScoringModelValidator.Validate(DefaultScoringModel.Create());

            Assert.Empty(problems);
        }

        [Fact]
        public void Validate_DuplicateRuleId_NamesTheRule()
        {
            ScoringModel model = DefaultScoringModel.Create();
            model.FitRules!.Add(new ProfileRule { Id = "web-visit", Column = "revenue", Operator = "ge", Value = "1000000", Points = 5 });

            IReadOnlyList<string> problems = ScoringModelValidator.Validate(model);

            Assert.Contains("Rule 'web-visit': field 'id' is a duplicate.", problems);
        }

        [Fact]
        public void Validate_ThresholdAndHalfLifeNotPositive_NamesBothFields()
        {
            ScoringModel model = DefaultScoringModel.Create();
            model.MqlThreshold = 0;
            model.BehaviourHalfLifeDays = -1;

            IReadOnlyList<string> problems = ScoringModelValidator.Validate(model);

            Assert.Contains(problems, p => p.StartsWith("Field 'mqlThreshold' must be greater than 0"));
            Assert.Contains(problems, p => p.StartsWith("Field 'behaviourHalfLifeDays' must be greater than 0"));
        }

        [Fact]
        public void Validate_ColumnOutsideTheProfileList_IsRefused()
        {
            ScoringModel model = DefaultScoringModel.Create();
            model.FitRules!.Add(new ProfileRule { Id = "phone", Column = "telephone1", Operator = "isempty", Points = -5 });

            IReadOnlyList<string> problems = ScoringModelValidator.Validate(model);

            Assert.Contains(problems, p => p.StartsWith("Rule 'phone': field 'column' may not read 'telephone1'"));
        }

        [Fact]
        public void Validate_CapWithoutWindowAndUnknownTable_NamesBothFields()
        {
            ScoringModel model = DefaultScoringModel.Create();
            model.BehaviourRules!.Add(new BehaviourRule { Id = "fax", Table = "fax", Points = 1, CapCount = 2 });

            IReadOnlyList<string> problems = ScoringModelValidator.Validate(model);

            Assert.Contains(problems, p => p.StartsWith("Rule 'fax': field 'table'"));
            Assert.Contains(problems, p => p.StartsWith("Rule 'fax': field 'capWindow'"));
        }

        [Fact]
        public void Engine_InvalidModel_CannotBeCreated()
        {
            ScoringModel model = DefaultScoringModel.Create();
            model.Version = null;

            Assert.Throws<ScoringModelException>(() => new ScoringEngine(model));
        }
    }
}
