using System;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// One activity as the scoring engine sees it: table, direction, state, optional subtype (the interaction type of
    /// <c>fcm_interaction</c>, e.g. "webinarattendance"), when it happened, and the stamp if it was scored already.
    /// </summary>
    public sealed class ScoredActivity
    {
        /// <summary>Creates an activity fact.</summary>
        /// <param name="id">The activity's id (used for explanations and to order replays deterministically).</param>
        /// <param name="table">The activity table's logical name: email, phonecall, appointment, task, campaignresponse, fcm_interaction.</param>
        /// <param name="direction">Incoming (from the lead) or outgoing (from us).</param>
        /// <param name="state">Open, completed or canceled.</param>
        /// <param name="subtype">The interaction type or other subtype; null when the table has none.</param>
        /// <param name="occurredOn">When it happened (UTC); decay and cap windows count from this instant.</param>
        /// <param name="stamp">The stamp written when it was scored; null when it was never scored.</param>
        public ScoredActivity(string id, string table, ActivityDirection direction, ActivityState state, string? subtype, DateTime occurredOn, ActivityStamp? stamp = null)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Table = table ?? throw new ArgumentNullException(nameof(table));
            Direction = direction;
            State = state;
            Subtype = subtype;
            OccurredOn = Times.AsUtc(occurredOn);
            Stamp = stamp;
        }

        /// <summary>The activity's id.</summary>
        public string Id { get; }

        /// <summary>The activity table's logical name.</summary>
        public string Table { get; }

        /// <summary>Incoming or outgoing.</summary>
        public ActivityDirection Direction { get; }

        /// <summary>Open, completed or canceled.</summary>
        public ActivityState State { get; }

        /// <summary>The subtype (interaction type), or null.</summary>
        public string? Subtype { get; }

        /// <summary>When the activity happened (UTC).</summary>
        public DateTime OccurredOn { get; }

        /// <summary>The stamp if the activity was scored; null otherwise.</summary>
        public ActivityStamp? Stamp { get; }

        /// <summary>The same activity carrying <paramref name="newStamp"/> (null to clear it).</summary>
        public ScoredActivity WithStamp(ActivityStamp? newStamp)
        {
            return new ScoredActivity(Id, Table, Direction, State, Subtype, OccurredOn, newStamp);
        }
    }
}
