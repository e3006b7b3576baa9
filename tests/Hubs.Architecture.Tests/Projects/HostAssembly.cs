using Hubs.Testing;

namespace Hubs.Architecture.Tests.Projects;

/// <summary>
/// A host's assembly as built beside this one (same configuration and target framework), read as a file.
/// </summary>
internal static class HostAssembly
{
    public static string Path(string host)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        return RepositoryRoot.Combine("src", host, "bin", output.Parent!.Name, output.Name, host + ".dll");
    }
}
