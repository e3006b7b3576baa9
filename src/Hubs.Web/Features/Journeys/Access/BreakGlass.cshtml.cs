using FluentValidation;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// A journey in the Hub but not on the clinician's caseload: state why, and get one hour's access that
/// the hub lead sees in the audit view — the validator and grant of <c>POST /api/journeys/{id}/break-glass</c>.
/// </summary>
public sealed class BreakGlassModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RequestBreakGlass> validator
) : ClinicPage(session, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await InHubAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await InHubAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Validate(validator, new RequestBreakGlass(Reason ?? "")))
        {
            return Page();
        }

        Session.Store(BreakGlassGrant.Issue(Id, Me.Id, Reason!, Times.Now));
        await Session.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Journeys/ReadingJourney/Record", new { id = Id });
    }

    private async Task<bool> InHubAsync(CancellationToken cancellationToken) =>
        await AuditedRead.EnterAsync(
            Session,
            Id,
            new JourneyCaller(null, Me),
            AccessModel.For(PageContext),
            "break-glass",
            Times.Now,
            cancellationToken
        ) == OpenRefusal.None;
}
