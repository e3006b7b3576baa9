using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys.Access;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// Which pages show an identifiable journey (every clinic page on one journey), and the audit entries a caller
/// has on that journey: a page a staff caller may open must have written one, a refused page none.
/// </summary>
public static class PageAudits
{
    /// <summary>
    /// Clinic pages on one journey that show nothing of it: asking for break-glass shows only a form.
    /// </summary>
    private static readonly HashSet<string> ShowNothing = ["/clinic/journeys/{id:guid}/break-glass"];

    public static bool ShowsRecord(string route) =>
        route.StartsWith("/clinic/journeys/{", StringComparison.Ordinal) && !ShowNothing.Contains(route);

    public static async Task<int> CountAsync(IServiceProvider services, Guid journeyId, TestPrincipal who)
    {
        ArgumentNullException.ThrowIfNull(who);
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session
            .Query<ReadAuditEntry>()
            .CountAsync(e => e.JourneyId == journeyId && e.StaffId == who.Subject);
    }

    /// <summary>
    /// What is wrong with the audit trail after a caller got <paramref name="access"/> (a page-matrix letter).
    /// </summary>
    public static string? Check(char access, int before, int after) =>
        (access, after > before) switch
        {
            ('A', false) => "shown without an audit entry",
            (not 'A', true) => $"refused ({access}) but audited as a read",
            _ => null,
        };
}
