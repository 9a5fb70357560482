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
        /// <paramref name="rows"/> transition rows from <paramref name="leads"/> leads. Each lead walks five steps from Known
        /// (forward, or out to Recycled and back to Engaged) with random gaps, the same walk whatever the row count; rows
        /// beyond five per lead re-enter stages the lead already entered, later. So more rows for the same leads add
        /// re-entries, never new lead-stage pairs, and the measured figures' memory must not change.
        /// </summary>
        public static StageTransition[] Transitions(int leads, int rows)
        {
            const int Walk = 5;
            var result = new StageTransition[rows];
            int perLead = rows / leads;
            var stages = new FunnelStage[Walk];
            var times = new DateTime[Walk];
            int n = 0;
            for (int lead = 0; lead < leads; lead++)
            {
                var random = new Random(lead);
                var id = new Guid(lead, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8);
                DateTime on = Start.AddMinutes(random.Next(365 * 24 * 60));
                int stage = 0;
                for (int i = 0; i < Walk; i++)
                {
                    stages[i] = (FunnelStage)stage;
                    times[i] = on;
                    on = on.AddHours(1 + random.Next(24 * 20));
                    stage = stage == (int)FunnelStage.Recycled ? (int)FunnelStage.Engaged
                        : random.Next(5) == 0 ? (int)FunnelStage.Recycled
                        : stage + 1;
                }

                int count = lead == leads - 1 ? rows - n : perLead;
                for (int i = 0; i < count; i++)
                {
                    int step = i % Walk;
                    DateTime when = times[step].AddDays(i / Walk * 30);
                    result[n++] = new StageTransition(id, null, stages[step], when, StageTrigger.ManualChange, 0, "generated", i < Walk);
                }
            }

            return result;
        }
    }
}
