using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Kernel;

/// <summary>An inline snapshot of its own stream: the version a form on it writes at.</summary>
public interface IStreamSnapshot
{
    long Version { get; }
}

/// <summary>
/// A staff page on one stream that is not a journey (a group series, a register entry, an adverse event): the twin
/// of the journey pages. The stream's snapshot is loaded for the caller (one they do not see is not found), its
/// version is carried in the form, and a write goes through <see cref="StreamAppend"/> at that version: a write made
/// on a stale page is refused with an error asking to save again, what was typed kept, never merged silently.
/// </summary>
public abstract class StreamPage<TCaller, TState>(IDocumentSession session, ClinicClock clock)
    : StaffPage<TCaller>(session, clock)
    where TCaller : class
    where TState : class, IStreamSnapshot
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    /// <summary>What the last write did, shown once after it.</summary>
    public string? Done { get; private set; }

    /// <summary>The stream as the save-again error names it ("series", "event").</summary>
    protected abstract string Noun { get; }

    /// <summary>Whether the caller sees the stream: checked on every read and on the version being written.</summary>
    protected abstract bool Sees(TState state);

    /// <summary>
    /// Takes what the page shows from the stream, on every display; false when there is nothing to show (a meeting
    /// not in its series), which is not found.
    /// </summary>
    protected abstract Task<bool> ShowAsync(TState state, CancellationToken cancellationToken);

    /// <summary>Fills the form's fields from the stream when the page is opened (not when it is shown again).</summary>
    protected virtual void Opened(TState state) { }

    /// <summary>The page a written form goes to, where <see cref="Done"/> is shown: this one by default.</summary>
    protected virtual string? AfterWrite => null;

    /// <summary>GET: the page at the stream's current version, or not found.</summary>
    protected async Task<IActionResult> OpenAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        if (await LoadAsync(cancellationToken) is not { } state)
        {
            return NotFound();
        }

        Version = state.Version;
        Opened(state);
        return Page();
    }

    /// <summary>
    /// POST: the decision the API calls, at the form's version; back to the page when written, else the form again
    /// with what was typed (at the stream's current version when someone else wrote first).
    /// </summary>
    protected async Task<IActionResult> WriteAsync(
        Func<TState, Decision> decide,
        string done,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(decide);
        var stale = false;
        if (ModelState.IsValid)
        {
            var outcome = await StreamAppend.TryAsync(Session, Id, Version, Sees, decide, cancellationToken);
            switch (outcome.Status)
            {
                case AppendStatus.Written:
                    TempData["Done"] = done;
                    return RedirectToPage(AfterWrite);
                case AppendStatus.NotFound:
                    return NotFound();
                case AppendStatus.Stale:
                    stale = true;
                    ModelState.AddModelError(
                        FormKey,
                        $"Someone else changed this {Noun} while you were typing. "
                            + "Check it, then save again: what you typed is kept below."
                    );
                    break;
                default:
                    ModelState.AddModelError(FormKey, outcome.Refusal!.Detail);
                    break;
            }
        }

        if (await LoadAsync(cancellationToken) is not { } state)
        {
            return NotFound();
        }

        Version = stale ? state.Version : Version;
        return Page();
    }

    private async Task<TState?> LoadAsync(CancellationToken cancellationToken)
    {
        var state = await Session.LoadAsync<TState>(Id, cancellationToken);
        return state is not null && Sees(state) && await ShowAsync(state, cancellationToken) ? state : null;
    }
}
