using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Benchmarks.Clinic;

/// <summary>
/// A Hub of synthetic journeys in every state (the same stream start as a real referral, then the events
/// the clinical decisions would append): a tenth awaiting triage, the rest triaged, assessed, allocated
/// over 25 clinicians (about 40 open cases each), in support with up to six sessions, or ended.
/// </summary>
internal static class SyntheticHub
{
    public const string HubId = "north";
    private const int Clinicians = 25;

    public static Guid Clinician(int index) =>
        index < 5 ? ClinicianSeed.IdFor(HubId, index) : new Guid(index, 0, 0, new byte[8]);

    /// <summary>
    /// Seeds <paramref name="count"/> journeys; returns one of clinician 0's journeys in support with six sessions.
    /// </summary>
    public static async Task<Guid> SeedAsync(IServiceProvider services, int count)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var keys = services.GetRequiredService<KeyworkerKeys>();
        var random = new Random(2000);
        var now = DateTimeOffset.UtcNow;
        var showcase = Guid.Empty;
        await using (var session = store.LightweightSession())
        {
            await ClinicianSeed.SeedAsync(session, [HubId], CancellationToken.None);
        }

        for (var batch = 0; batch < count; batch += 100)
        {
            await using var session = store.LightweightSession();
            for (var i = batch; i < Math.Min(count, batch + 100); i++)
            {
                var submitted = now.AddDays(-random.Next(1, 200));
                var command = new SubmitSelfReferral(
                    HubId,
                    $"Synthetic {i}",
                    $"s{i}@example.invalid",
                    "07700 900000",
                    null,
                    Sector.Health,
                    StaffGroup.Nursing,
                    AgeBand.From35To44,
                    Sex.Female,
                    EthnicityGroup.NotStated,
                    Disability.No,
                    "Synthetic benchmark referral.",
                    true,
                    false
                );
                var id = await SelfReferralStream.StartAsync(
                    session,
                    keys,
                    command,
                    submitted,
                    null,
                    CancellationToken.None
                );
                session.Store(
                    new ReferralPreferences
                    {
                        Id = id,
                        Support = new SupportPreferences { Modes = ["phone"] },
                    }
                );
                var keyworker = id;
                var stage = i % 10;
                var clinician = Clinician(i / 10 % Clinicians);
                var sessions = stage >= 5 ? 1 + (i % 6) : 0;
                if (i / 10 % Clinicians == 0 && stage == 5 && sessions == 6 && showcase == Guid.Empty)
                {
                    showcase = id;
                }

                session.Events.Append(id, Events(id, keyworker, stage, clinician, sessions, submitted, random));
            }

            await session.SaveChangesAsync();
        }

        return showcase;
    }

    private static object[] Events(
        Guid id,
        Guid keyworker,
        int stage,
        Guid clinician,
        int sessions,
        DateTimeOffset at,
        Random random
    )
    {
        var events = new List<object>
        {
            new ScreeningCompleted(
                id,
                at.AddHours(1),
                ScreeningTakenBy.Keyworker,
                random.Next(0, 28),
                random.Next(0, 22),
                stage == 0 && random.Next(4) == 0 ? RiskLevel.Flag : RiskLevel.None
            ),
        };
        if (stage == 0)
        {
            return [.. events];
        }

        var outcome = stage == 1 ? TriageOutcome.SignpostElsewhere : TriageOutcome.Assess;
        events.Add(
            new ReferralTriaged(
                id,
                at.AddDays(2),
                clinician,
                outcome,
                Personal.Of(keyworker, "Synthetic triage reason."),
                outcome == TriageOutcome.Assess ? null : "GP"
            )
        );
        if (stage <= 2)
        {
            return [.. events];
        }

        events.Add(
            new AssessmentCompleted(
                id,
                at.AddDays(10),
                clinician,
                InterventionType.Cbt,
                random.Next(8, 24),
                random.Next(6, 18),
                Personal.Of(keyworker, "Formulation."),
                Personal.Of(keyworker, "Plan.")
            )
        );
        events.Add(new ClinicianAllocated(id, at.AddDays(12), clinician, Guid.Empty));
        for (var n = 1; n <= sessions; n++)
        {
            var appointment = Guid.CreateVersion7();
            var starts = at.AddDays(14 + (7 * n));
            events.Add(
                new AppointmentBooked(
                    id,
                    appointment,
                    at.AddDays(13),
                    AppointmentPurpose.Treatment,
                    starts,
                    50,
                    ContactMode.Phone,
                    n % 2 == 0,
                    clinician
                )
            );
            events.Add(new AppointmentAttended(id, appointment, starts.AddHours(1)));
            events.Add(
                new TreatmentSessionRecorded(
                    id,
                    appointment,
                    n,
                    starts.AddHours(1),
                    clinician,
                    Math.Max(0, 18 - (2 * n)),
                    Math.Max(0, 14 - (2 * n)),
                    Personal.Of(keyworker, $"Session {n} notes.")
                )
            );
        }

        if (stage == 9)
        {
            events.Add(
                new ClientDischarged(
                    id,
                    at.AddDays(100),
                    clinician,
                    DischargeReason.Completed,
                    Personal.Of(keyworker, "Completed.")
                )
            );
        }

        return [.. events];
    }
}
