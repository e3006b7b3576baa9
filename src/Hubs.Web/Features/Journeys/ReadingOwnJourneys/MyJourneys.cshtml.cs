using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.ReadingOwnJourneys;

/// <summary>
/// Where a signed-in keyworker lands (the link in every notice): their current journeys first, the one with the
/// latest activity on top, each with its Hub, where the referral is, what is booked and what they can do; ended
/// journeys below, collapsed under "Past support" and paged (<see cref="PastSupportPage"/>).
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class MyJourneysModel(
    IQuerySession session,
    ContactSettings settings,
    HubDirectory hubs,
    TimeProvider clock
) : PageModel
{
    public IReadOnlyList<JourneyCard> Current { get; private set; } = [];

    public IReadOnlyList<JourneyCard> Past { get; private set; } = [];

    public int PastCount { get; private set; }

    public PastSupportPage PastPage { get; private set; } = PastSupportPage.Choose(null, 0);

    /// <summary>What the keyworker just did, to confirm it: reschedule, cancel or withdrawn.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public HubTime Time => new(settings.Zone);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = KeyworkerCaller.FromPrincipal(User);
        var journeys = caller is null
            ? []
            : await session
                .Query<JourneySummary>()
                .Where(j => j.KeyworkerId == caller.Id)
                .ToListAsync(cancellationToken);
        var latest = new Dictionary<Guid, DateTimeOffset>();
        foreach (var open in journeys.Where(j => !j.HasEnded))
        {
            latest[open.Id] = (await session.Events.FetchStreamStateAsync(open.Id, cancellationToken))?.LastTimestamp
                ?? open.SubmittedAt;
        }

        var ended = journeys.Where(j => j.HasEnded).OrderByDescending(j => j.EndedAt ?? j.SubmittedAt).ToList();
        PastCount = ended.Count;
        // Read from the query itself: "page" is also the route value naming this Razor page.
        PastPage = PastSupportPage.Choose(
            Request.Query.TryGetValue("page", out var asked) ? asked.ToString() : null,
            ended.Count
        );
        var current = journeys.Where(j => !j.HasEnded).OrderByDescending(j => latest[j.Id]).ToList();
        var unscreened = current.Where(j => j.Status == JourneyStatus.Submitted).Select(j => j.Id).ToArray();
        var drafts =
            unscreened.Length == 0
                ? []
                : await session
                    .Query<ScreeningDraft>()
                    .Where(d => d.JourneyId.IsOneOf(unscreened))
                    .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Current = current
            .Select(j =>
                Card(
                    j,
                    drafts.FirstOrDefault(d => d.JourneyId == j.Id)?.Id,
                    j.Appointments.Where(a => a.State == AppointmentState.Booked && a.StartsAt > now)
                        .OrderBy(a => a.StartsAt)
                        .ToList()
                )
            )
            .ToList();
        Past = PastPage.Of(ended).Select(j => Card(j, null, [])).ToList();
    }

    private JourneyCard Card(JourneySummary journey, Guid? screeningId, IReadOnlyList<Appointment> upcoming) =>
        new(journey, hubs.Hubs.FirstOrDefault(h => h.Id == journey.HubId)?.Name ?? "The Hub", screeningId, upcoming);
}

/// <summary>
/// One journey on the keyworker's page; <c>ScreeningId</c> is set while screening is still to do online.
/// </summary>
public sealed record JourneyCard(
    JourneySummary Journey,
    string HubName,
    Guid? ScreeningId,
    IReadOnlyList<Appointment> Upcoming
);
