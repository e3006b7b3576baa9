using Hubs.Testing;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Operations.Scale;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Synthetic journeys of two Hubs as the scale seeder tells them (every stage, missed appointments, discharged and
/// withdrawn ones, urgent and flagged risk), plus an open change request on three open journeys of the first Hub
/// (an appointment booked next week, then a reschedule or a cancellation asked for) and one of the second.
/// </summary>
internal static class OpenCaseSeed
{
    public static async Task WriteAsync(ClinicFixture clinic, string hub, string other, int seed, int journeys = 160)
    {
        var now = clinic.Clock.GetUtcNow();
        var plan = new ScalePlan(journeys, [hub, other], Seed: seed, Years: 1);
        var told = Enumerable.Range(0, plan.Journeys).Select(n => ScaleJourney.Make(n, plan, now)).ToList();
        await clinic
            .App.Services.GetRequiredService<KeyworkerKeys>()
            .CreateManyAsync(told.Select(j => j.Keyworker), default);
        await using var session = clinic.Store.LightweightSession();
        foreach (var journey in told)
        {
            session.Events.StartStream(journey.Id, journey.Events.Cast<object>().ToArray());
        }

        await session.SaveChangesAsync();
        var open = (await session.Query<JourneySummary>().Where(j => j.HubId == hub || j.HubId == other).ToListAsync())
            .Where(j => !j.HasEnded && j.ClinicianId is not null)
            .ToList();
        var asking = open.Where(j => j.HubId == hub).Take(3).Append(open.First(j => j.HubId == other));
        foreach (var (journey, n) in asking.Select((j, n) => (j, n)))
        {
            var appointment = Guid.NewGuid();
            session.Events.Append(
                journey.Id,
                new AppointmentBooked(
                    journey.Id,
                    appointment,
                    now,
                    AppointmentPurpose.Treatment,
                    TestDates.Weekday(now.AddDays(7)),
                    50,
                    ContactMode.Video,
                    false,
                    journey.ClinicianId!.Value
                ),
                new AppointmentChangeRequested(
                    journey.Id,
                    appointment,
                    now,
                    n % 2 == 0 ? AppointmentChangeKind.Reschedule : AppointmentChangeKind.Cancel,
                    null
                )
            );
        }

        await session.SaveChangesAsync();
    }
}
