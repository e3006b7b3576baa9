using Marten;
using Marten.Services;

namespace Hubs.Web.Features.Publishing;

/// <summary>The subscription writes nothing to Marten, so there is nothing to do around the commit.</summary>
internal sealed class NullChangeListener : IChangeListener
{
    public static readonly NullChangeListener Instance = new();

    public Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) =>
        Task.CompletedTask;

    public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) =>
        Task.CompletedTask;
}
