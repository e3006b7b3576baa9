namespace Hubs.Architecture.Tests.Projects;

/// <summary>The boundaries between projects that the build itself must keep (see the README's Architecture).</summary>
public sealed class ProjectBoundaryTests
{
    [Fact]
    public void Insights_never_reaches_Web_so_it_cannot_compile_against_personal_data()
    {
        var reached = ProjectFile.Named("Hubs.Insights").Reachable().Select(p => p.Name);

        Assert.DoesNotContain("Hubs.Web", reached);
    }

    [Fact]
    public void No_test_project_references_another_test_project()
    {
        var offending = ProjectFile
            .All.SelectMany(p => p.References.Select(r => (From: p, To: ProjectFile.All.Single(q => q.Path == r))))
            .Where(reference => reference.To.IsTest)
            .Select(reference => $"{reference.From.Name} → {reference.To.Name}");

        Assert.Empty(offending);
    }

    [Fact]
    public void The_shared_test_library_references_no_host()
    {
        var hosts = ProjectFile.Named("Hubs.Testing").Reachable().Where(p => p.IsHost).Select(p => p.Name);

        Assert.Empty(hosts);
    }
}
