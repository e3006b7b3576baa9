namespace Hubs.Testing;

/// <summary>
/// How long a host's one-shot command may take before the test calls it hung (it started serving instead):
/// generous, because the machines running the suite are shared and slow to start a .NET host.
/// </summary>
public static class OneShot
{
    public static readonly TimeSpan Within = TimeSpan.FromMinutes(3);
}
