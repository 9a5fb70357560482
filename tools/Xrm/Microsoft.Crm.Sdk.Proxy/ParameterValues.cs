using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk
{
    /// <summary>Reads a typed request parameter or response result: the default of T when absent or null.</summary>
    internal static class ParameterValues
    {
        internal static T Get<T>(ParameterCollection parameters, string key) =>
            parameters.TryGetValue(key, out var value) && value != null ? (T)value : default;
    }
}
