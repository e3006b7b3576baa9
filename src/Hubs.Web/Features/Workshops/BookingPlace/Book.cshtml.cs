using FluentValidation;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ContactRules;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Workshops.BookingPlace;

/// <summary>
/// A keyworker books a place for themselves (<see cref="PlaceBooking"/>, as the API does): the name the facilitator
/// will use and their sector. Losing the last place to someone else is said plainly on the form.
/// </summary>
public sealed class BookModel(
    IQuerySession session,
    ContactSettings settings,
    PlaceBooking booking,
    IValidator<BookPlace> validator
) : KeyworkerWorkshopPage(session, settings)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Sector { get; set; }

    /// <summary>
    /// Whether the Hub can remind them: they have a journey with the workshop's Hub, whose contact-safety preferences
    /// the reminders follow (none is sent otherwise).
    /// </summary>
    public bool Reminded { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => RemindedAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await RemindedAsync(cancellationToken);
        var command = new BookPlace(Name ?? "", Words.Parse<Sector>(Sector));
        if (!Validate(validator, command))
        {
            return Page();
        }

        var (outcome, _) = await booking.BookAsync(Me.Id, WorkshopId, command, cancellationToken);
        return Refused(outcome) ?? Redirect("/my/workshops?done=booked");
    }

    private async Task RemindedAsync(CancellationToken cancellationToken) =>
        Reminded =
            await WorkshopStore.ContactJourneyAsync(Session, Me.Id, Workshop.HubId, cancellationToken) is not null;
}
