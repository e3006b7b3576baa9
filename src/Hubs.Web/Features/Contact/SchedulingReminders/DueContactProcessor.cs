using System.Globalization;
using Hubs.Web.Features.Contact.DeliveringMessages;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Workshops;
using Marten;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// One due contact: check it is still wanted (appointment still booked at that time, journey open), ask the
/// <see cref="ContactPolicy"/> what the keyworker's preferences allow now, then hold it, skip it or send it.
/// </summary>
public sealed partial class DueContactProcessor(
    IQuerySession query,
    ContactSettings settings,
    ContactSenders senders,
    IOptions<ContactOptions> options,
    ILogger<DueContactProcessor> logger
)
{
    public async Task<ContactOutcome> ProcessAsync(
        DueContact due,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(due);
        var journey = await query.LoadAsync<Journey>(due.JourneyId, cancellationToken);
        var card = await query.Events.AggregateStreamAsync<ContactCard>(due.JourneyId, token: cancellationToken);
        if (due.Kind == ContactKind.WorkshopReminder)
        {
            return journey is null || card is null
                ? Final(ContactState.Cancelled, due, now, "The journey has been removed.")
                : await WorkshopReminderAsync(due, journey.HubId, card, now, cancellationToken);
        }

        var notice = due.Kind == ContactKind.CancellationNotice;
        // A cancellation notice is sent because the journey ended; everything else stops with it.
        if (journey is null || card is null || (!notice && (journey.HasEnded || card.Ended)))
        {
            return Final(ContactState.Cancelled, due, now, "The journey has ended.");
        }

        var appointment = due.AppointmentId is { } appointmentId ? journey.FindAppointment(appointmentId) : null;
        if (
            due.Kind == ContactKind.Reminder
            && (appointment?.State != AppointmentState.Booked || !SameTime(appointment.StartsAt, due.AppointmentAt))
        )
        {
            return Final(ContactState.Cancelled, due, now, "The appointment is no longer booked at that time.");
        }

        var request = due.Kind switch
        {
            ContactKind.Reminder => new ContactRequest(
                MessageKind.AppointmentReminder,
                appointment!.StartsAt,
                appointment.Mode
            ),
            ContactKind.CancellationNotice when appointment is not null => new ContactRequest(
                MessageKind.CancellationNotice,
                appointment.StartsAt,
                appointment.Mode
            ),
            ContactKind.CancellationNotice => null,
            ContactKind.ReferralReceived => new ContactRequest(
                MessageKind.ReferralReceived,
                Reference: JourneyReference.Of(journey.Id),
                ContactWithin: WorkingDays.Words(
                    (await HubSettingsStore.LoadAsync(query, journey.HubId, cancellationToken)).ContactWithinWorkingDays
                )
            ),
            _ => new ContactRequest(MessageKind.NewMessageNotice),
        };
        if (request is null)
        {
            return Final(ContactState.Cancelled, due, now, "The appointment is not on the journey.");
        }

        return await PlanAndSendAsync(due, journey.HubId, card, request, now, cancellationToken);
    }

    /// <summary>
    /// A workshop reminder follows the journey's contact preferences even after that journey ended (the keyworker
    /// still holds the place); it is sent only while the place is booked at the time it was queued for.
    /// </summary>
    private async Task<ContactOutcome> WorkshopReminderAsync(
        DueContact due,
        string hubId,
        ContactCard card,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var placeId = due.AppointmentId ?? Guid.Empty;
        var workshop = await query
            .Query<Workshop>()
            .FirstOrDefaultAsync(w => w.Places.Any(p => p.Id == placeId), cancellationToken);
        if (
            workshop is null
            || workshop.Place(placeId)?.State != PlaceState.Booked
            || !SameTime(workshop.StartsAt, due.AppointmentAt)
        )
        {
            return Final(ContactState.Cancelled, due, now, "The workshop place is no longer booked at that time.");
        }

        var request = new ContactRequest(MessageKind.AppointmentReminder, workshop.StartsAt, workshop.Mode);
        return await PlanAndSendAsync(due, hubId, card, request, now, cancellationToken);
    }

    private async Task<ContactOutcome> PlanAndSendAsync(
        DueContact due,
        string hubId,
        ContactCard card,
        ContactRequest request,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var setting = settings.For(hubId);
        var plan = ContactPolicy.Plan(
            card.Preferences,
            new ContactAddresses(card.Email, card.Phone),
            request,
            setting,
            now
        );
        if (plan.NotSent is { } reason)
        {
            return Final(ContactState.NotSent, due, now, reason);
        }

        if (plan.IsHeld(now))
        {
            var local = TimeZoneInfo
                .ConvertTime(plan.SendAt, setting.Zone)
                .ToString("ddd d MMM HH:mm", CultureInfo.GetCultureInfo("en-GB"));
            return new ContactOutcome(
                ContactState.Held,
                plan.SendAt,
                due.Attempts,
                due.SentChannels,
                $"Outside the keyworker's safe times; held until {local}."
            );
        }

        return await SendAsync(due, plan, now, cancellationToken);
    }

    private async Task<ContactOutcome> SendAsync(
        DueContact due,
        ContactPlan plan,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var sent = new HashSet<string>(due.SentChannels);
        var failed = new List<string>();
        foreach (var contact in plan.Contacts.Where(c => !due.SentChannels.Contains(Code(c.Channel))))
        {
            try
            {
                await senders.SendAsync(contact, cancellationToken);
                sent.Add(Code(contact.Channel));
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                LogSendFailed(logger, Code(contact.Channel), ex.GetType().Name);
                failed.Add(Code(contact.Channel));
            }
        }

        if (failed.Count == 0)
        {
            return Final(ContactState.Sent, due, now, $"Sent by {string.Join(" and ", sent.Order())}.") with
            {
                SentChannels = sent,
            };
        }

        var attempts = due.Attempts + 1;
        return attempts >= options.Value.MaxAttempts
            ? new ContactOutcome(
                ContactState.Failed,
                now,
                attempts,
                sent,
                $"Could not send by {string.Join(" and ", failed)} after {attempts} attempts."
            )
            : new ContactOutcome(
                ContactState.Queued,
                now + TimeSpan.FromMinutes(attempts),
                attempts,
                sent,
                $"Sending by {string.Join(" and ", failed)} failed; trying again."
            );
    }

    private static ContactOutcome Final(string state, DueContact due, DateTimeOffset now, string detail) =>
        new(state, now, due.Attempts, due.SentChannels, detail);

    /// <summary>PostgreSQL keeps microseconds, .NET ticks: compare to the millisecond.</summary>
    private static bool SameTime(DateTimeOffset a, DateTimeOffset? b) =>
        b is { } other && Math.Abs((a - other).TotalMilliseconds) < 1;

    private static string Code(ContactChannel channel) => channel.ToString().ToLowerInvariant();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a contact by {Channel} failed ({ErrorType})")]
    private static partial void LogSendFailed(ILogger logger, string channel, string errorType);
}
