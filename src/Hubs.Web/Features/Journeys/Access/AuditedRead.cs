using Hubs.Web.Features.Journeys.ReadModels;
using Marten;

namespace Hubs.Web.Features.Journeys.Access;

public enum OpenRefusal
{
    None,
    NotFound,
    NeedsBreakGlass,
}

/// <summary>
/// The one door to an identifiable journey: checks access through <see cref="JourneyGate"/> against the
/// endpoint's or page's rule (<see cref="AccessModel"/>), records a staff read, then hands over the journey.
/// </summary>
public static class AuditedRead
{
    /// <summary>For the API: the rule is the called endpoint's; a refusal comes back as a problem.</summary>
    public static async Task<(Journey? Journey, IResult? Refused)> OpenAsync(
        HttpContext http,
        Guid journeyId,
        string what
    )
    {
        ArgumentNullException.ThrowIfNull(http);
        var session = http.RequestServices.GetRequiredService<IDocumentSession>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var (journey, refusal) = await JourneyGate.OpenAsync<Journey>(
            session,
            journeyId,
            JourneyCaller.Of(http),
            AccessModel.For(http),
            what,
            now,
            http.RequestAborted
        );
        return (
            journey,
            refusal switch
            {
                GateRefusal.None => null,
                GateRefusal.NeedsBreakGlass => JourneyProblems.NeedsBreakGlass(journeyId),
                _ => JourneyProblems.NotFound(),
            }
        );
    }

    /// <summary>
    /// The same door for the pages, which show read models only and answer a refusal with a page rather than a
    /// problem: is the caller let in (a staff read audited). The relation is worked out on the pages' read model
    /// (<see cref="JourneySummary"/>), never the write-side journey.
    /// </summary>
    public static async Task<OpenRefusal> EnterAsync(
        IDocumentSession session,
        Guid journeyId,
        JourneyCaller caller,
        JourneyRule rule,
        string what,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var (_, refusal) = await JourneyGate.OpenAsync<JourneySummary>(
            session,
            journeyId,
            caller,
            rule,
            what,
            now,
            cancellationToken
        );
        return refusal switch
        {
            GateRefusal.None => OpenRefusal.None,
            GateRefusal.NeedsBreakGlass => OpenRefusal.NeedsBreakGlass,
            _ => OpenRefusal.NotFound,
        };
    }
}
