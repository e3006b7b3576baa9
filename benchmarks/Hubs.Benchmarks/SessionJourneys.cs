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
/// each waiting for its session to be recorded. One queue of (journey, appointment) per client, in order, topped up
/// between runs (<see cref="TopUpAsync"/>) so that no client can run out mid-run however fast the machine is.
/// </summary>
internal sealed class SessionJourneys(IServiceProvider services, Guid clinician, int clients, int appointments)
{
    private const int JourneysPerSave = 8;
    private readonly IDocumentStore _store = services.GetRequiredService<IDocumentStore>();
    private readonly KeyworkerKeys _keys = services.GetRequiredService<KeyworkerKeys>();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow.AddDays(-20);

    public Queue<(Guid Journey, Guid Appointment)>[] Queues { get; } =
    [.. Enumerable.Range(0, clients).Select(_ => new Queue<(Guid, Guid)>())];

    /// <summary>A prepared journey's version: four events, then a booking and an attendance per appointment.</summary>
    public long PreparedVersion => 4 + (2 * appointments);

    /// <summary>
    /// Adds journeys until every client has at least <paramref name="perClient"/> appointments; how many.
    /// </summary>
    public async Task<int> TopUpAsync(int perClient)
    {
        var added = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, clients),
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (client, _) =>
            {
                var missing = (perClient - Queues[client].Count + appointments - 1) / appointments;
                for (var done = 0; done < missing; done += JourneysPerSave)
                {
                    await WriteAsync(client, Math.Min(JourneysPerSave, missing - done));
                }

                Interlocked.Add(ref added, Math.Max(0, missing));
            }
        );
        return added;
    }

    private async Task WriteAsync(int client, int journeys)
    {
        var ids = Enumerable.Range(0, journeys).Select(_ => Guid.CreateVersion7()).ToList();
        await using (var session = _store.LightweightSession())
        {
            foreach (var id in ids)
            {
                // A journey's personal data is sealed with its own key (SubmitSelfReferralDecision), written with it.
                _keys.CreateWith(session, id);
                session.Events.StartStream<Journey>(id, Events(client, id));
            }

            await session.SaveChangesAsync();
        }

        // Not left in the host's key cache: a session reads the key with the journey, as for one written long before.
        _keys.Forget(ids);
    }

    private List<object> Events(int client, Guid id)
    {
        var events = new List<object>
        {
            SubmitSelfReferralDecision.Decide(WritePathBenchmark.Command(client), id, _now, Guid.NewGuid()),
            new ReferralTriaged(id, _now, clinician, TriageOutcome.Assess, Personal.Of(id, "Fits."), null),
            new AssessmentCompleted(
                id,
                _now,
                clinician,
                InterventionType.Cbt,
                15,
                12,
                Personal.Of(id, "F"),
                Personal.Of(id, "P")
            ),
            new ClinicianAllocated(id, _now, clinician, clinician),
        };
        for (var a = 0; a < appointments; a++)
        {
            var appointment = Guid.NewGuid();
            var at = _now.AddDays(a + 1);
            events.Add(
                new AppointmentBooked(
                    id,
                    appointment,
                    _now,
                    AppointmentPurpose.Treatment,
                    at,
                    50,
                    ContactMode.Phone,
                    false,
                    clinician
                )
            );
            events.Add(new AppointmentAttended(id, appointment, at));
            Queues[client].Enqueue((id, appointment));
        }

        return events;
    }
}
