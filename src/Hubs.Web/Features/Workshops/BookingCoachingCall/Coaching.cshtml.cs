using FluentValidation;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Workshops.BookingCoachingCall;

/// <summary>
/// After the workshop, the keyworker picks a time for a one-to-one coaching call from the free slots offered
/// (<see cref="CoachingBooking"/>, as the API does).
/// </summary>
public sealed class CoachingModel(
    IQuerySession session,
    ContactSettings settings,
    ClinicClock times,
    CoachingBooking booking,
    IValidator<BookCoachingCall> validator
) : KeyworkerWorkshopPage(session, settings)
{
    [BindProperty]
    public string? Slot { get; set; }

    public IReadOnlyList<FreeCoachingSlot> Slots { get; private set; } = [];

    public IReadOnlyList<Choice> Choices =>
        [.. Slots.Select(s => new Choice(Value(s), $"{Time.DateAndTime(s.StartsAt)} with {s.ClinicianName}"))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var chosen = Slots.FirstOrDefault(s => Value(s) == Slot);
        var command = new BookCoachingCall(chosen?.ClinicianId ?? Guid.Empty, chosen?.StartsAt);
        if (!Validate(validator, command))
        {
            ModelState.Remove(nameof(BookCoachingCall.ClinicianId));
            ModelState.Remove(nameof(BookCoachingCall.StartsAt));
            ModelState.AddModelError(nameof(Slot), "Choose one of the times offered.");
            return Page();
        }

        var (outcome, _) = await booking.BookAsync(Me, WorkshopId, Place!.Id, command, cancellationToken);
        return Refused(outcome) ?? Redirect("/my/workshops?done=coaching");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Place is not { State: PlaceState.Attended })
        {
            return false;
        }

        Slots = await CoachingSlots.ReadAsync(Session, Workshop, times, cancellationToken);
        return true;
    }

    private static string Value(FreeCoachingSlot slot) => $"{slot.ClinicianId:N}-{slot.StartsAt.ToUnixTimeSeconds()}";
}
