namespace Hubs.Testing;

/// <summary>The checkout's root (the folder holding Hubs.sln), found from the test binaries upwards.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

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
