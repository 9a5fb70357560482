using System;
using System.Collections.Generic;

namespace FunnelCrm.Cli.Output.Html;

/// <summary>A value axis from zero to a round maximum, with ticks at round steps (1, 2, 2.5 or 5 times a power of ten).</summary>
internal sealed class NiceScale
{
    private NiceScale(double max, double step)
    {
        Max = max;
        Step = step;
    }

    /// <summary>The axis' top value.</summary>
    public double Max { get; }

    /// <summary>The distance between ticks.</summary>
    public double Step { get; }

    /// <summary>The tick values from zero to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var ticks = new List<double>();
            for (var i = 0; i * Step <= Max + Step / 1000; i++)
            {
                ticks.Add(Math.Round(i * Step, 10));
            }

            return ticks;
        }
    }

    /// <summary>The scale for values up to <paramref name="largest"/>, with at most about <paramref name="ticks"/> intervals.</summary>
    public static NiceScale For(double largest, int ticks = 5)
    {
        if (!(largest > 0) || double.IsInfinity(largest))
        {
            return new NiceScale(1, 0.2);
        }

        var rough = largest / ticks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = power * (rough / power <= 1 ? 1 : rough / power <= 2 ? 2 : rough / power <= 2.5 ? 2.5 : rough / power <= 5 ? 5 : 10);
        return new NiceScale(Math.Ceiling(largest / step - 1e-9) * step, step);
    }
}
