using Hubs.Web.Features.Contact.ExchangingMessages;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.ReadingOwnData;

/// <summary>
/// Reads <see cref="OwnData"/> from the journey stream and the message thread; the caller (the keyworker's
/// page, through its door) has checked ownership. The journey's status and appointments come from the pages' read
/// model (<see cref="JourneySummary"/>), never the write-side journey.
/// </summary>
public static class OwnDataReader
{
    public static async Task<OwnData> ReadAsync(
        IQuerySession session,
        Guid journeyId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journey = await session.LoadAsync<JourneySummary>(journeyId, cancellationToken)
            ?? throw new InvalidOperationException("Own data is read only for a journey the page has opened.");
        var events = await session.Events.FetchStreamAsync(journey.Id, token: cancellationToken);
        var submitted = events.Select(e => e.Data).OfType<SelfReferralSubmitted>().Single();
        var card = await session.Events.AggregateStreamAsync<ContactCard>(journey.Id, token: cancellationToken);
        var answers = events
            .Select(e => e.Data)
            .OfType<ScreeningAnswersSaved>()
            .GroupBy(a => a.Measure)
            .Select(g => g.Last())
            .Select(a => new OwnAnswers(a.Measure.ToString(), a.SavedAt, a.Answers.Value ?? []))
            .ToList();
        var thread = await MessageThreads.ReadAsync(session, journey.Id, cancellationToken);
        return new OwnData(
            journey.Id,
            journey.HubId,
            journey.SubmittedAt,
            KeyworkerWords.Of(journey.Status),
            submitted.Person.Value,
            submitted.Consents,
            card?.Stated,
            answers,
            journey.Appointments.OrderBy(a => a.StartsAt).Select(Appointment).ToList(),
            events.Select(e => Request(e.Data)).OfType<OwnRequest>().ToList(),
            events.Select(e => new OwnHistoryEntry(e.Timestamp, KeyworkerWords.Event(e.EventTypeName))).ToList(),
            thread
                .Messages.Select(m => new OwnMessage(
                    m.SentAt,
                    m.From == MessageAuthor.Keyworker ? "You" : "The Hub",
                    m.Text
                ))
                .ToList()
        )
        {
            SupportPreferences = submitted.Support?.Value
                ?? (await session.LoadAsync<ReferralPreferences>(journey.Id, cancellationToken))?.Support,
            Results = Results(
                events.Select(e => e.Data),
                await session.LoadAsync<MeasureHistory>(journey.Id, cancellationToken)
            ),
            SafetyPlan = events.Select(e => e.Data).OfType<SafetyPlanAgreed>().LastOrDefault()
                is { Plan.Value: { } plan } agreed
                ? new OwnSafetyPlan(agreed.AgreedAt, plan)
                : null,
        };
    }

    private static List<OwnResult> Results(IEnumerable<object> events, MeasureHistory? history)
    {
        var answered = events.OfType<MeasureCompleted>().ToList();
        return
        [
            .. MeasureResults
                .All(history)
                .Select(r => new OwnResult(
                    Catalogue.Get(r.Measure).Name,
                    r.Occasion.ToString(),
                    r.At,
                    r.Total,
                    Catalogue.Get(r.Measure).BandLabel(r.Band),
                    answered.FirstOrDefault(e => e.Measure == r.Measure && e.CompletedAt == r.At)?.Answers.Value
                )),
        ];
    }

    private static OwnAppointment Appointment(Appointment a) =>
        new(
            a.StartsAt,
            a.DurationMinutes,
            KeyworkerWords.Of(a.Purpose),
            KeyworkerWords.Of(a.Mode),
            KeyworkerWords.Of(a.State),
            a.ChangeRequested is { } asked ? KeyworkerWords.Of(asked) : null
        );

    private static OwnRequest? Request(object data) =>
        data switch
        {
            AppointmentChangeRequested e => new(e.RequestedAt, KeyworkerWords.Of(e.Kind), e.Reason?.Value),
            AppointmentCancelled { By: CancelledBy.Client } e => new(
                e.CancelledAt,
                "You cancelled an appointment",
                e.Reason?.Value
            ),
            JourneyWithdrawn e => new(e.WithdrawnAt, "You withdrew from the service", e.Reason?.Value),
            _ => null,
        };
}
