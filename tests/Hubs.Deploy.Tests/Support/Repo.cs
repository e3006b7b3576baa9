namespace Hubs.Deploy.Tests.Support;

/// <summary>The checkout's root (the folder holding Hubs.sln), found from the test binaries upwards.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Source and settings files under a folder, never build output.</summary>
    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory
            .EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Hubs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hubs.sln not found above the test binaries.");
    }
}
