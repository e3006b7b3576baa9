using Microsoft.Extensions.DependencyInjection;

namespace Hubs.ServiceDefaults.Commands;

/// <summary>
/// The one dispatcher of every host's commands, called from Program.cs after the app is built. A first
/// argument that is a word (not <c>--key=value</c> host configuration) is a command; an unknown one is
/// refused with the list and exit code 2, before anything runs. <c>--help</c> lists the commands.
/// </summary>
public static class HostCommands
{
    private static readonly string[] HelpWords = ["--help", "-h", "help"];

    public static bool Requested(string[] args) =>
        args is [var first, ..] && (HelpWords.Contains(first) || (!first.StartsWith('-') && !first.Contains('=')));

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        RunAsync(services, args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(
        IServiceProvider services,
        string[] args,
        TextWriter output,
        TextWriter error
    )
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var commands = services.GetServices<HostCommandEntry>().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        if (HelpWords.Contains(args[0]))
        {
            await WriteListAsync(output, commands);
            return 0;
        }

        if (commands.Find(c => c.Name == args[0]) is not { } entry)
        {
            await error.WriteLineAsync($"Unknown command '{args[0]}'.");
            await WriteListAsync(error, commands);
            return HostCommandCall.BadArguments;
        }

        await using var scope = services.CreateAsyncScope();
        var command = (IHostCommand)ActivatorUtilities.CreateInstance(scope.ServiceProvider, entry.Type);
        return await command.RunAsync(new HostCommandCall(args[1..], output, error));
    }

    private static async Task WriteListAsync(TextWriter writer, IReadOnlyList<HostCommandEntry> commands)
    {
        var width = commands.Select(c => c.Name.Length).DefaultIfEmpty(0).Max();
        await writer.WriteLineAsync($"Commands of {AppDomain.CurrentDomain.FriendlyName}:");
        foreach (var command in commands)
        {
            await writer.WriteLineAsync($"  {command.Name.PadRight(width)}  {command.Help}");
        }
    }
}
