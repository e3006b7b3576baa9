using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Operations;

/// <summary>
/// A synthetic clinician directory per Hub, and synthetic journeys for a demo: invented people (example.invalid
/// addresses), spread over the last twelve weeks and every configured Hub, made through the same decision as a real
/// referral. Runs once: a store that already holds journeys is left alone, so a second run reuses the data.
/// </summary>
internal static class DemoSeed
{
    private const int JourneysPerHub = 24;

    public static async Task RunAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var hubs = services.GetRequiredService<HubDirectory>();
        var keys = services.GetRequiredService<KeyworkerKeys>();
        await using var session = store.LightweightSession();
        await ClinicianSeed.SeedAsync(session, hubs.Hubs.Select(h => h.Id), CancellationToken.None);
        if (await session.Query<Journey>().AnyAsync())
        {
            return;
        }

        var random = new Random(20261123);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var number = 0;
        foreach (var hub in hubs.Hubs)
        {
            for (var i = 0; i < JourneysPerHub; i++)
            {
                number++;
                var command = new SubmitSelfReferral(
                    hub.Id,
                    $"Demo Keyworker {number}",
                    $"demo{number}@example.invalid",
                    null,
                    null,
                    Pick<Sector>(random),
                    Pick<StaffGroup>(random),
                    Pick<AgeBand>(random),
                    Pick<Sex>(random),
                    Pick<EthnicityGroup>(random),
                    Pick<Disability>(random),
                    "Synthetic demo referral.",
                    ConsentToSupport: true,
                    ResearchContact: random.Next(2) == 0
                );
                var submittedAt = now.AddDays(-random.Next(0, 84)).AddMinutes(-random.Next(0, 1440));
                await SelfReferralStream.StartAsync(
                    session,
                    keys,
                    command,
                    submittedAt,
                    keyworkerId: null,
                    CancellationToken.None
                );
            }
        }

        await session.SaveChangesAsync();
    }

    private static T Pick<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
