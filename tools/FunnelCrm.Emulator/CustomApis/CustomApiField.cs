using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Emulator.CustomApis;

/// <summary>One request parameter or response property of a custom API: its name, type, whether callers may leave it out, and its table.</summary>
/// <param name="UniqueName">The name in requests and responses.</param>
/// <param name="Type">Its type.</param>
/// <param name="IsOptional">For a request parameter: whether callers may leave it out (response properties: false).</param>
/// <param name="Table">For Entity and EntityReference: the table's logical name ("" for any).</param>
public sealed record CustomApiField(string UniqueName, CustomApiFieldType Type, bool IsOptional = false, string Table = "");
