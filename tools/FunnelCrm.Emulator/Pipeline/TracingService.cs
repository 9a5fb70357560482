using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>The tracing service of one execution: keeps the trace text.</summary>
internal sealed class TracingService : ITracingService
{
    private readonly StringBuilder text = new();

    public void Trace(string format, params object[] args)
    {
        lock (text)
        {
            text.AppendLine(args == null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
        }
    }

    public string Text
    {
        get
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }
}
