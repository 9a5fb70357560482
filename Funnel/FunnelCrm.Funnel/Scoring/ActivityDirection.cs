namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>An activity's direction (Dataverse <c>directioncode</c>): incoming is the lead engaging.</summary>
    public enum ActivityDirection
    {
        /// <summary>From the lead to us (directioncode false); also activities without a direction (interactions).</summary>
        Incoming = 0,

        /// <summary>From us to the lead (directioncode true), e.g. a rep's email.</summary>
        Outgoing = 1,
    }
}
