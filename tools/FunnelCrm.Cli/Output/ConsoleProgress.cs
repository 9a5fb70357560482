using System;
using System.IO;
using Spectre.Console;

namespace FunnelCrm.Cli.Output;

/// <summary>
/// A Spectre.Console progress bar on the terminal's error stream for work that can take more than a second. Nothing is
/// drawn when the error writer is not the console or the console's error stream is redirected (pipes, files, tests), so
/// output stays plain text there.
/// </summary>
public static class ConsoleProgress
{
    /// <summary>Runs <paramref name="work"/>, which reports its progress as a share from 0 to 1.</summary>
    public static T Run<T>(TextWriter error, string description, Func<Action<double>, T> work)
    {
        if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
        {
            return work(_ => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var result = default(T)!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: 1);
                result = work(share => task.Value = Math.Min(1, Math.Max(0, share)));
                task.Value = 1;
            });
        return result;
    }
}
