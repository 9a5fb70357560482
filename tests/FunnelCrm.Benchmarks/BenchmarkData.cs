using System;
using System.Collections.Generic;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Benchmarks
{
    /// <summary>Deterministic generated data for the benchmarks.</summary>
    internal static class BenchmarkData
    {
        public static readonly DateTime Start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public static readonly string[] Subtypes =
        {
            InteractionTypes.WebVisit, InteractionTypes.Download, InteractionTypes.EmailClick, InteractionTypes.WebinarRegistration,
            InteractionTypes.WebinarAttendance, InteractionTypes.Chat,
        };

        /// <summary>A lead's history: <paramref name="count"/> interactions spread over the year before <see cref="Start"/> + 365 days.</summary>
        public static ScoredActivity[] History(int count)
        {
            var random = new Random(7);
            var history = new ScoredActivity[count];
            for (int i = 0; i < count; i++)
            {
                history[i] = new ScoredActivity("h" + i, "fcm_interaction", ActivityDirection.Incoming, ActivityState.Completed,
                    Subtypes[random.Next(Subtypes.Length)], Start.AddMinutes(random.Next(365 * 24 * 60)));
            }

            return history;
        }

        /// <summary>
        /// <paramref name="rows"/> transition rows from <paramref name="leads"/> leads, lead after lead. Each lead walks five
        /// steps from Known (forward, or out to Recycled and back to Engaged) with random gaps, the same walk whatever the
        /// row count; rows beyond five per lead re-enter stages the lead already entered, later. So more rows for the same
        /// leads add re-entries, never new lead-stage pairs, and the measured figures' memory must not change.
        /// </summary>
        public static StageTransition[] Transitions(int leads, int rows)
        {
            var result = new StageTransition[rows];
            int n = 0;
            for (int lead = 0; lead < leads; lead++)
            {
                LeadWalk walk = LeadWalk.Of(lead);
                int count = RowsOf(lead, leads, rows);
                for (int i = 0; i < count; i++)
                {
                    result[n++] = new StageTransition(walk.Id, null, walk.Stage(i), walk.On(i), StageTrigger.ManualChange, 0, "generated", i < LeadWalk.Steps);
                }
            }

            return result;
        }

        /// <summary>
        /// The same rows as <see cref="Transitions"/> as an export lists them, streamed: round after round, each lead's
        /// next transition, so that a lead's rows are spread over the whole file.
        /// </summary>
        public static IEnumerable<(Guid Lead, FunnelStage Stage, DateTime On)> TransitionsInterleaved(int leads, int rows)
        {
            var walks = new LeadWalk[leads];
            int rounds = 0;
            for (int lead = 0; lead < leads; lead++)
            {
                walks[lead] = LeadWalk.Of(lead);
                rounds = Math.Max(rounds, RowsOf(lead, leads, rows));
            }

            for (int i = 0; i < rounds; i++)
            {
                for (int lead = 0; lead < leads; lead++)
                {
                    if (i < RowsOf(lead, leads, rows))
                    {
                        yield return (walks[lead].Id, walks[lead].Stage(i), walks[lead].On(i));
                    }
                }
            }
        }

        private static int RowsOf(int lead, int leads, int rows)
        {
            int perLead = rows / leads;
            return lead == leads - 1 ? rows - (perLead * (leads - 1)) : perLead;
        }
    }
}
