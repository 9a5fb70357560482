using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>Evaluates a profile rule's condition on one value (semantics in <see cref="ProfileRule"/>).</summary>
    internal static class ProfileConditions
    {
        public static bool Holds(ProfileRule rule, object? value)
        {
            switch (rule.Operator)
            {
                case "isempty":
                    return ProfileValues.IsEmpty(value);
                case "invalidemail":
                    return ProfileValues.IsInvalidEmail(value);
                case "equals":
                    return ProfileValues.Compare(value, rule.Value!) == 0;
                case "ge":
                    return ProfileValues.Compare(value, rule.Value!) >= 0;
                case "le":
                    return ProfileValues.Compare(value, rule.Value!) <= 0;
                case "in":
                    return !ProfileValues.IsEmpty(value) && AnyEquals(value, rule.Values!);
                case "notin":
                    return !ProfileValues.IsEmpty(value) && !AnyEquals(value, rule.Values!);
                case "contains":
                    if (!string.IsNullOrEmpty(rule.Value) && ProfileValues.Contains(value, rule.Value!))
                    {
                        return true;
                    }

                    if (rule.Values != null)
                    {
                        foreach (string fragment in rule.Values)
                        {
                            if (!string.IsNullOrEmpty(fragment) && ProfileValues.Contains(value, fragment))
                            {
                                return true;
                            }
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        private static bool AnyEquals(object? value, List<string> values)
        {
            foreach (string candidate in values)
            {
                if (candidate != null && ProfileValues.Compare(value, candidate) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
