namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>Parses the text fields of behaviour rules (a null result means "any").</summary>
    internal static class RuleMatching
    {
        public static bool ParseDirection(string? text, out ActivityDirection? direction)
        {
            switch (text)
            {
                case null:
                case "any": direction = null; return true;
                case "incoming": direction = ActivityDirection.Incoming; return true;
                case "outgoing": direction = ActivityDirection.Outgoing; return true;
                default: direction = null; return false;
            }
        }

        public static bool ParseState(string? text, out ActivityState? state)
        {
            switch (text)
            {
                case null:
                case "completed": state = ActivityState.Completed; return true;
                case "any": state = null; return true;
                case "open": state = ActivityState.Open; return true;
                case "canceled": state = ActivityState.Canceled; return true;
                default: state = null; return false;
            }
        }
    }
}
