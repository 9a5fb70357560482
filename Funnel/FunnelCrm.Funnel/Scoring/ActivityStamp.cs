using System;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// What scoring wrote on an activity (<c>fcm_points</c>, <c>fcm_modelversion</c>, <c>fcm_scoredon</c>): the points it earned
    /// at its own time (before decay; 0 when no rule matched or a cap held it back), the model version that scored it
    /// and when. An activity with a stamp is never scored again; removing it subtracts exactly these points, decayed.
    /// </summary>
    public sealed class ActivityStamp
    {
        /// <summary>Creates a stamp.</summary>
        public ActivityStamp(double points, string modelVersion, DateTime scoredOn)
        {
            Points = points;
            ModelVersion = modelVersion ?? throw new ArgumentNullException(nameof(modelVersion));
            ScoredOn = Times.AsUtc(scoredOn);
        }

        /// <summary>Points earned at the activity's own time, before decay.</summary>
        public double Points { get; }

        /// <summary>The version of the model that scored the activity.</summary>
        public string ModelVersion { get; }

        /// <summary>When the activity was scored (UTC).</summary>
        public DateTime ScoredOn { get; }
    }
}
