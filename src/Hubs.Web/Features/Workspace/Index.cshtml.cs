using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Workspace;

/// <summary>The workspace's front page: where each part of the day's work lives.</summary>
public sealed class IndexModel(IDocumentSession session, ClinicClock clock) : ClinicPage(session, clock)
{
    public void OnGet() { }
}
