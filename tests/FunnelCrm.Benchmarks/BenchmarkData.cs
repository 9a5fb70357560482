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
        /// <paramref name="rows"/> transition rows from <paramref name="leads"/> leads: each lead walks the progression from
        /// Known with random gaps and drop-outs; leads with more rows than stages re-enter (recycled and back), so more rows
        /// for the same leads add re-entries, not leads.
        /// </summary>
        public static StageTransition[] Transitions(int leads, int rows)
        {
            var random = new Random(11);
            var result = new StageTransition[rows];
            int perLead = rows / leads;
            int n = 0;
            for (int lead = 0; lead < leads; lead++)
            {
                var id = new Guid(lead, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8);
                DateTime on = Start.AddMinutes(random.Next(365 * 24 * 60));
                int stage = 0;
                int count = lead == leads - 1 ? rows - n : perLead;
                for (int i = 0; i < count; i++)
                {
                    result[n++] = new StageTransition(id, null, (FunnelStage)stage, on, StageTrigger.ManualChange, 0, "generated", i < FunnelStages.Progression.Count);
                    on = on.AddHours(1 + random.Next(24 * 20));
                    if (stage == (int)FunnelStage.Won || random.Next(4) == 0)
                    {
                        stage = stage == (int)FunnelStage.Recycled ? (int)FunnelStage.Engaged : (int)FunnelStage.Recycled;
                    }
                    else
                    {
                        stage = stage >= (int)FunnelStage.Recycled ? (int)FunnelStage.Engaged : stage + 1;
                    }
                }
            }

            return result;
        }
    }
}
