using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// A clinic list page with a form that adds to it (adverse events, the register, consultations, outreach): what a
/// saved form did is shown once after its redirect; a form with errors is shown again over a freshly loaded list.
/// </summary>
public abstract class ClinicListPage(IDocumentSession session, ClinicClock clock) : ClinicPage(session, clock)
{
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        await LoadAsync(cancellationToken);
    }

    /// <summary>Reads the list (and any settings) the page shows.</summary>
    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    protected async Task<IActionResult> ShowAgainAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }
}
