namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>An activity's state (Dataverse <c>statecode</c>: 0 open, 1 completed, 2 canceled; 3 scheduled counts as open).</summary>
    public enum ActivityState
    {
        /// <summary>Open or scheduled.</summary>
        Open = 0,

        /// <summary>Completed.</summary>
        Completed = 1,

        /// <summary>Canceled.</summary>
        Canceled = 2,
    }
}
