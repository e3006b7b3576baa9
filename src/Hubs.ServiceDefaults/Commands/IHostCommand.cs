namespace Hubs.ServiceDefaults.Commands;

/// <summary>
/// A one-shot operator command a host runs instead of serving (<c>dotnet Hubs.Web.dll migrate</c>), through
/// the host's own configuration and services. Name and help are static so the list can be shown without
/// building any command; the command itself is made per run, its dependencies from the container.
/// </summary>
public interface IHostCommand
{
    static abstract string Name { get; }

    /// <summary>One line: the arguments it takes and what it does.</summary>
    static abstract string Help { get; }

    /// <returns>The process exit code: 0 done, 2 bad arguments (nothing changed).</returns>
    Task<int> RunAsync(HostCommandCall call);
}
