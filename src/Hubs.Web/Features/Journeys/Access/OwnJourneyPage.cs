using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ReadModels;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// A keyworker page about one of their own journeys, the twin of the clinician pages' <c>JourneyPage</c>: opened
/// through the door (the page's rule in <see cref="AccessModel"/> held against the signed-in keyworker, on the
/// <see cref="JourneyAppointments"/> read model), its version carried in the form, and every write through
/// <see cref="JourneyWrites"/> / <c>StreamAppend</c> answered the same way: anyone else's journey is 404 and
/// nothing is written; a write made in between is a form error with what was typed kept; a refusal is a form error.
/// </summary>
public abstract class OwnJourneyPage(IDocumentSession session, TimeProvider clock) : PageModel
{
    public const string ChangedMeanwhile =
        "This changed while you were on this page. Check it and send it again: what you entered is still here.";

    [FromRoute]
    public Guid JourneyId { get; set; }

    [BindProperty]
    public long Version { get; set; }

    /// <summary>The journey as the keyworker's pages show it, once the door has let them in.</summary>
    public JourneyAppointments Own { get; private set; } = null!;

    protected IDocumentSession Session => session;

    protected TimeProvider Clock => clock;

    /// <summary>The field a stale write, and by default a refusal, is reported against (the form's first).</summary>
    protected virtual string FormField => string.Empty;

    protected virtual string FieldFor(Refusal refusal) => FormField;

    /// <summary>What the page loads besides the journey; false when it is missing (404).</summary>
    protected virtual Task<bool> PrepareAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>GET: through the door, the form at the stream's current version.</summary>
    protected async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (!await OpenAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = await CurrentVersionAsync(cancellationToken);
        return Page();
    }

    /// <summary>GET of a page that only reads: through the door, or 404.</summary>
    protected async Task<IActionResult> ReadAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>A download of the keyworker's own data: through the door, never cached; 404 if there is none.</summary>
    protected async Task<IActionResult> DownloadAsync(Func<OwnFile?> file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!await OpenAsync(cancellationToken) || file() is not { } own)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(own.Content, own.ContentType, own.Name);
    }

    /// <summary>A command on the journey, decided on the write-side journey at the form's version.</summary>
    protected Task<IActionResult> WriteAsync(
        Func<Journey, Decision> decide,
        Func<IActionResult> done,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(decide);
        var caller = new JourneyCaller(KeyworkerCaller.FromPrincipal(User), null);
        var rule = AccessModel.For(PageContext);
        return AnswerAsync(
            () =>
                JourneyWrites.TryAsync(
                    session,
                    JourneyId,
                    Version,
                    caller,
                    rule,
                    clock.GetUtcNow(),
                    (journey, _) => decide(journey),
                    cancellationToken
                ),
            done,
            cancellationToken
        );
    }

    /// <summary>A command on the contact card, its own fold of the same stream, through the same append.</summary>
    protected Task<IActionResult> WriteContactAsync(
        Func<ContactCard, Decision> decide,
        Func<IActionResult> done,
        CancellationToken cancellationToken
    ) =>
        AnswerAsync(
            () =>
                StreamAppend.TryAsync<ContactCard>(
                    session,
                    JourneyId,
                    Version,
                    card => Admits(card.KeyworkerId),
                    decide,
                    cancellationToken
                ),
            done,
            cancellationToken
        );

    /// <summary>Through the door: false (answered 404) for a journey not the caller's or that does not exist.</summary>
    protected async Task<bool> OpenAsync(CancellationToken cancellationToken)
    {
        var own =
            JourneyId == Guid.Empty ? null : await session.LoadAsync<JourneyAppointments>(JourneyId, cancellationToken);
        if (own is null || !Admits(own.KeyworkerId))
        {
            return false;
        }

        Own = own;
        return await PrepareAsync(cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(
        Func<Task<AppendOutcome>> write,
        Func<IActionResult> done,
        CancellationToken cancellationToken
    )
    {
        if (!await OpenAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await write();
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                return done();
            case AppendStatus.Refused:
                ModelState.AddModelError(FieldFor(outcome.Refusal!), outcome.Refusal!.Detail);
                return Page();
            case AppendStatus.Stale when await OpenAsync(cancellationToken):
                // Shown again as it is now, at its new version, with the posted fields as they were typed.
                Version = await CurrentVersionAsync(cancellationToken);
                ModelState.AddModelError(FormField, ChangedMeanwhile);
                return Page();
            default:
                return NotFound();
        }
    }

    /// <summary>A keyworker page acts as the keyworker only: no staff relation is ever worked out here.</summary>
    private bool Admits(Guid keyworkerId) =>
        KeyworkerCaller.FromPrincipal(User) is { } caller
        && AccessModel.For(PageContext).Admit(caller.Owns(keyworkerId) ? Relations.OwnJourney : Relations.None);

    private async Task<long> CurrentVersionAsync(CancellationToken cancellationToken) =>
        (await session.Events.FetchStreamStateAsync(JourneyId, cancellationToken))?.Version ?? 0;
}

/// <summary>A file of the keyworker's own data, as <see cref="OwnJourneyPage"/> downloads it.</summary>
public sealed record OwnFile(byte[] Content, string ContentType, string Name);
