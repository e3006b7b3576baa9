using Hubs.Web.Features.Contact.Messages;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Marten;
using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Features.ReadingOwnData;

/// <summary>
/// Reads <see cref="OwnData"/> from the journey stream and the message thread; the caller has checked ownership.
/// </summary>
public static class OwnDataReader
{
    public static async Task<OwnData> ReadAsync(IQuerySession session, Journey journey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(journey);
        var events = await session.Events.FetchStreamAsync(journey.Id, token: cancellationToken);
        var submitted = events.Select(e => e.Data).OfType<SelfReferralSubmitted>().Single();
        var card = await session.Events.AggregateStreamAsync<ContactCard>(journey.Id, token: cancellationToken);
        var answers = events.Select(e => e.Data).OfType<ScreeningAnswersSaved>()
            .GroupBy(a => a.Measure).Select(g => g.Last())
            .Select(a => new OwnAnswers(a.Measure.ToString(), a.SavedAt, a.Answers.Value ?? [])).ToList();
        var thread = await MessageThreads.ReadAsync(session, journey.Id, cancellationToken);
        return new OwnData(
            journey.Id,
            journey.HubId,
            journey.SubmittedAt,
            OwnWords.Status(journey),
            submitted.Person.Value,
            submitted.Consents,
            card?.Stated,
            answers,
            journey.Appointments.OrderBy(a => a.StartsAt).Select(Appointment).ToList(),
            events.Select(e => Request(e.Data)).OfType<OwnRequest>().ToList(),
            events.Select(e => new OwnHistoryEntry(e.Timestamp, OwnWords.Event(e.EventTypeName))).ToList(),
            thread.Messages.Select(m => new OwnMessage(m.SentAt, m.From == MessageAuthor.Keyworker ? "You" : "The Hub", m.Text)).ToList())
        {
            SupportPreferences = submitted.Support?.Value ?? (await session.LoadAsync<ReferralPreferences>(journey.Id, cancellationToken))?.Support,
            SafetyPlan = events.Select(e => e.Data).OfType<SafetyPlanAgreed>().LastOrDefault() is { Plan.Value: { } plan } agreed
                ? new OwnSafetyPlan(agreed.AgreedAt, plan)
                : null,
        };
    }

    private static OwnAppointment Appointment(Appointment a) => new(
        a.StartsAt, a.DurationMinutes, OwnWords.Purpose(a.Purpose), OwnWords.Mode(a.Mode), OwnWords.State(a.State), OwnWords.Request(a.ChangeRequested));

    private static OwnRequest? Request(object data) => data switch
    {
        AppointmentChangeRequested e => new(e.RequestedAt, OwnWords.Request(e.Kind)!, e.Reason?.Value),
        AppointmentCancelled { By: CancelledBy.Client } e => new(e.CancelledAt, "You cancelled an appointment", e.Reason?.Value),
        JourneyWithdrawn e => new(e.WithdrawnAt, "You withdrew from the service", e.Reason?.Value),
        _ => null,
    };
}
