using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Benchmarks;

/// <summary>
/// Journeys ready for sessions, written through the host's own event store (every inline projection applied):
/// referred, triaged, assessed, allocated to the benchmark's clinician, with attended treatment appointments,
/// each waiting for its session to be recorded. One queue of (journey, appointment) per client, in order.
/// </summary>
internal static class SessionJourneys
{
    public static async Task<Queue<(Guid Journey, Guid Appointment)>[]> PrepareAsync(
        IServiceProvider services,
        Guid clinician,
        int clients,
        int journeysPerClient,
        int appointmentsPerJourney
    )
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var keys = services.GetRequiredService<KeyworkerKeys>();
        var queues = new Queue<(Guid, Guid)>[clients];
        var now = DateTimeOffset.UtcNow.AddDays(-20);
        for (var client = 0; client < clients; client++)
        {
            queues[client] = new();
            for (var j = 0; j < journeysPerClient; j++)
            {
                // A journey's personal data is sealed with its own key (SubmitSelfReferralDecision).
                var keyworker = Guid.NewGuid();
                var id = Guid.CreateVersion7();
                await keys.EnsureAsync(id, CancellationToken.None);
                var events = new List<object>
                {
                    SubmitSelfReferralDecision.Decide(WritePathBenchmark.Command(client), id, now, keyworker),
                    new ReferralTriaged(id, now, clinician, TriageOutcome.Assess, Personal.Of(id, "Fits."), null),
                    new AssessmentCompleted(
                        id,
                        now,
                        clinician,
                        InterventionType.Cbt,
                        15,
                        12,
                        Personal.Of(id, "F"),
                        Personal.Of(id, "P")
                    ),
                    new ClinicianAllocated(id, now, clinician, clinician),
                };
                for (var a = 0; a < appointmentsPerJourney; a++)
                {
                    var appointment = Guid.NewGuid();
                    var at = now.AddDays(a + 1);
                    events.Add(
                        new AppointmentBooked(
                            id,
                            appointment,
                            now,
                            AppointmentPurpose.Treatment,
                            at,
                            50,
                            ContactMode.Phone,
                            false,
                            clinician
                        )
                    );
                    events.Add(new AppointmentAttended(id, appointment, at));
                    queues[client].Enqueue((id, appointment));
                }

                await using var session = store.LightweightSession();
                session.Events.StartStream<Journey>(id, events);
                await session.SaveChangesAsync();
            }
        }

        return queues;
    }
}
