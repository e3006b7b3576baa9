using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Marten.Services.BatchQuerying;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// A page about one journey: opened through the audited door (refused → break-glass, other Hub → 404),
/// its version carried in the form so a write made on a stale page is refused, never merged silently.
/// </summary>
public abstract class JourneyPage(IDocumentSession session, ClinicClock clock) : ClinicPage(session, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    /// <summary>The journey as the pages show it (the read model, not the write-side journey).</summary>
    public JourneySummary Journey { get; private set; } = null!;

    /// <summary>The stream's version when the page was opened: the version a form on it writes at.</summary>
    protected long OpenedAt { get; private set; }

    /// <summary>The signed-in staff member, as the access model sees them.</summary>
    protected JourneyCaller Caller => new(null, Me);

    /// <summary>The keyworker's name; null once their personal data is shredded.</summary>
    public string? Name { get; private set; }

    /// <summary>The journey's first event, as unsealed for this read (personal values null once shredded).</summary>
    protected SelfReferralSubmitted? Referral { get; private set; }

    /// <summary>What the audit trail says was opened (e.g. "triage-form").</summary>
    protected abstract string What { get; }

    protected async Task<IActionResult?> OpenAsync(CancellationToken cancellationToken)
    {
        var refusal = await AuditedRead.EnterAsync(
            Session,
            Id,
            Caller,
            AccessModel.For(PageContext),
            What,
            Times.Now,
            cancellationToken
        );
        switch (refusal)
        {
            case OpenRefusal.NotFound:
                return NotFound();
            case OpenRefusal.NeedsBreakGlass:
                return RedirectToPage("/Journeys/Access/BreakGlass", new { id = Id });
        }

        var summary = await Session.LoadAsync<JourneySummary>(Id, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        Journey = summary;
        OpenedAt = (await Session.Events.FetchStreamStateAsync(Id, cancellationToken))?.Version ?? 0;
        var first = await Session.Events.FetchStreamAsync(Id, version: 1, token: cancellationToken);
        Referral = first.Select(e => e.Data).OfType<SelfReferralSubmitted>().FirstOrDefault();
        Name = Referral?.Person.Value?.Name;
        return null;
    }

    /// <summary>The keyworker's support preferences: sealed in the referral, or the older plain document.</summary>
    protected async Task<SupportPreferences?> SupportAsync(CancellationToken cancellationToken) =>
        Referral?.Support?.Value ?? (await Session.LoadAsync<ReferralPreferences>(Id, cancellationToken))?.Support;

    /// <summary>GET: open and show the form at the journey's current version.</summary>
    protected async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Version = OpenedAt;
        await PrepareAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// POST: the same decision the API calls; back to the record when written, else the form again with what was typed.
    /// </summary>
    protected Task<IActionResult> WriteAsync(
        Func<Journey, Decision> decide,
        string done,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(decide);
        return WriteAsync((journey, _) => decide(journey), done, cancellationToken);
    }

    /// <summary>A write whose decision needs the caller's relation to the journey (a booking).</summary>
    protected Task<IActionResult> WriteAsync(
        Func<Journey, Relations, Decision> decide,
        string done,
        CancellationToken cancellationToken
    ) => WriteAsync(null, decide, done, cancellationToken);

    /// <summary>
    /// A write that reads more in the journey's round trip (<paramref name="alongside"/>: settings, the read models
    /// the write folds), written through an identity session so the inline projections fold what was read there.
    /// </summary>
    protected async Task<IActionResult> WriteAsync(
        Func<IBatchedQuery, Task>? alongside,
        Func<Journey, Relations, Decision> decide,
        string done,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(decide);
        if (ModelState.IsValid)
        {
            await using var identity = alongside is null ? null : Session.DocumentStore.IdentitySession();
            var outcome = await JourneyWrites.TryAsync(
                identity ?? Session,
                Id,
                Version,
                Caller,
                AccessModel.For(PageContext),
                Times.Now,
                alongside,
                decide,
                cancellationToken
            );
            if (outcome.Status == AppendStatus.Written)
            {
                TempData["Done"] = done;
                return RedirectToPage("/Journeys/ReadingJourney/Record", new { id = Id });
            }

            if (outcome.Status == AppendStatus.NotFound)
            {
                return NotFound();
            }

            Refused(outcome);
            if (outcome.Status == AppendStatus.Stale && await OpenAsync(cancellationToken) is null)
            {
                Version = OpenedAt;
            }
        }

        return await RedisplayAsync(cancellationToken);
    }

    protected async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        if (Journey is null && await OpenAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// The journey's appointments as the diary reads them (the read model, not the write-side journey).
    /// </summary>
    protected async Task<JourneyAppointments> AppointmentsAsync(CancellationToken cancellationToken) =>
        await Session.LoadAsync<JourneyAppointments>(Id, cancellationToken)
        ?? new JourneyAppointments(Id, Me.HubId, Guid.Empty);

    /// <summary>Loads what the form shows besides the journey (choices, measures); runs on every display.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
