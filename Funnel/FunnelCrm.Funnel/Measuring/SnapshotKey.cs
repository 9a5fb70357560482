using System;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>The key of a snapshot row: period and stage.</summary>
    public sealed class SnapshotKey : IEquatable<SnapshotKey>
    {
        /// <summary>Creates the key.</summary>
        public SnapshotKey(Period period, FunnelStage stage)
        {
            Period = period ?? throw new ArgumentNullException(nameof(period));
            Stage = stage;
        }

        /// <summary>The period.</summary>
        public Period Period { get; }

        /// <summary>The stage.</summary>
        public FunnelStage Stage { get; }

        /// <inheritdoc />
        public bool Equals(SnapshotKey? other)
        {
            return other != null && other.Stage == Stage && other.Period.Equals(Period);
        }

        /// <inheritdoc />
        public override bool Equals(object? obj)
        {
            return Equals(obj as SnapshotKey);
        }

        /// <inheritdoc />
        public override int GetHashCode()
        {
            return Period.GetHashCode() * 31 + (int)Stage;
        }

        /// <inheritdoc />
        public override string ToString()
        {
            return Period.Label + " " + FunnelStages.Label(Stage);
        }
    }
}
