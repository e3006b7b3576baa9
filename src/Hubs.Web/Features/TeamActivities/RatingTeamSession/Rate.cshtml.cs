using Hubs.Web.Features.Journeys;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.TeamActivities.RatingTeamSession;

/// <summary>
/// The one-minute rating of a team session or a reflective group's meeting (<see cref="IRatedSessions"/>), for anyone
/// with the session's code: no account, nothing about the person kept. An unknown code is 404; once as many have
/// answered as attended, the form closes.
/// </summary>
public sealed class RateModel(IDocumentSession session, TimeProvider clock, IEnumerable<IRatedSessions> kinds)
    : PageModel
{
    [FromRoute]
    public string Code { get; set; } = "";

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Safe { get; set; }

    public bool Thanked { get; private set; }

    public bool Full { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (_, found) = await FindAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Full = found.Full;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (kind, found) = await FindAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        var value = Words.Parse<SessionValue>(Value);
        var safe = Words.Parse<FeltSafe>(Safe);
        if (value is null)
        {
            ModelState.AddModelError(nameof(Value), "Choose how valuable the session was for you.");
        }

        if (safe is null)
        {
            ModelState.AddModelError(nameof(Safe), "Choose whether you felt safe to speak.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Appended at the version just read: two answers at once both count only if there is room for both.
        var outcome = await kind!.RateAsync(
            session,
            found,
            Code,
            value!.Value,
            safe!.Value,
            clock.GetUtcNow(),
            cancellationToken
        );
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                Thanked = true;
                return Page();
            case AppendStatus.Refused:
                Full = true;
                return Page();
            case AppendStatus.Stale:
                ModelState.AddModelError(nameof(Value), "Someone answered at the same moment. Send yours again.");
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<(IRatedSessions? Kind, RatedSession? Found)> FindAsync(CancellationToken cancellationToken)
    {
        if (Code.Length is >= 8 and <= 40)
        {
            foreach (var kind in kinds)
            {
                if (await kind.FindAsync(session, Code, cancellationToken) is { } found)
                {
                    return (kind, found);
                }
            }
        }

        return (null, null);
    }
}
