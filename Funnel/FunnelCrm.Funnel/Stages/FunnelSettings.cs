using FunnelCrm.Funnel.Routing;
using FunnelCrm.Funnel.Sla;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>
    /// The funnel settings (one <c>fcm_funnelsettings</c> row) the stage machine, SLAs and routing follow. The MQL
    /// threshold, minimum fit and half-life belong to the scoring model.
    /// </summary>
    public sealed class FunnelSettings
    {
        /// <summary>The BANT gate.</summary>
        public BantSettings Bant { get; set; } = new BantSettings();

        /// <summary>The SLAs.</summary>
        public SlaSettings Sla { get; set; } = new SlaSettings();

        /// <summary>Routing on MQL.</summary>
        public RoutingSettings Routing { get; set; } = new RoutingSettings();

        /// <summary>The factor a recycled lead's behaviour score is multiplied by (default 0.5; 0 clears it, 1 keeps it).</summary>
        public double RecycleBehaviourFactor { get; set; } = 0.5;

        /// <summary>
        /// The funnel's time zone as a Windows id or Dataverse time zone code (null = UTC); resolve it with
        /// <see cref="FunnelTimeZones.Find"/> for report periods and the business-hours calendar.
        /// </summary>
        public string? TimeZone { get; set; }

        /// <summary>When true (default), an MQL whose acceptance SLA is breached is recycled when the check runs.</summary>
        public bool RecycleOnSlaBreach { get; set; } = true;
    }
}
