using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Pages.My;
using Hubs.Web.Pages.Screening;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.Contact;

/// <summary>
/// Where a signed-in keyworker lands (the link in every notice): their journeys, newest first, each with where
/// the referral is, what is booked, what they still need to do and what they can change.
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class MyJourneysModel(IQuerySession session, ContactSettings settings, TimeProvider clock) : PageModel
{
    public IReadOnlyList<JourneyCard> Journeys { get; private set; } = [];

    /// <summary>What the keyworker just did, to confirm it: reschedule, cancel or withdrawn.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public HubTime Time => new(settings.Zone);

    public string Date(DateTimeOffset at) => Time.Date(at);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = KeyworkerCaller.FromPrincipal(User);
        var journeys = caller is null ? [] : (await session.Query<Journey>().Where(j => j.KeyworkerId == caller.Id).ToListAsync(cancellationToken))
            .OrderByDescending(j => j.SubmittedAt).ToList();
        var unscreened = journeys.Where(j => j.Status == JourneyStatus.Submitted).Select(j => j.Id).ToList();
        var drafts = unscreened.Count == 0 ? [] : await session.Query<ScreeningDraft>().Where(d => d.JourneyId.IsOneOf(unscreened.ToArray())).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Journeys = journeys.Select(j => new JourneyCard(
            j,
            drafts.FirstOrDefault(d => d.JourneyId == j.Id)?.Id,
            j.HasEnded ? [] : j.Appointments.Where(a => a.State == AppointmentState.Booked && a.StartsAt > now).OrderBy(a => a.StartsAt).ToList())).ToList();
    }
}

/// <summary>One journey on the keyworker's page; <c>ScreeningId</c> is set while screening is still to do online.</summary>
public sealed record JourneyCard(Journey Journey, Guid? ScreeningId, IReadOnlyList<Appointment> Upcoming);
