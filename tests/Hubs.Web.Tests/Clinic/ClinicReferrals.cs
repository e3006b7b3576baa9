using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.CompletingScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Referrals made as the keyworker pages make them (same stream start, preferences beside it), screened by phone.
/// </summary>
public static class ClinicReferrals
{
    public static Task<Guid> SubmitAsync(
        ClinicFixture clinic,
        string hubId = "north",
        int? phq9 = 12,
        int? gad7 = 9,
        RiskLevel risk = RiskLevel.None,
        DateTimeOffset? submittedAt = null,
        string marker = "",
        SupportPreferences? support = null
    )
    {
        ArgumentNullException.ThrowIfNull(clinic);
        return SubmitAsync(clinic.App.Services, hubId, phq9, gad7, risk, submittedAt, marker, support);
    }

    public static async Task<Guid> SubmitAsync(
        IServiceProvider services,
        string hubId = "north",
        int? phq9 = 12,
        int? gad7 = 9,
        RiskLevel risk = RiskLevel.None,
        DateTimeOffset? submittedAt = null,
        string marker = "",
        SupportPreferences? support = null
    )
    {
        ArgumentNullException.ThrowIfNull(services);
        var keys = services.GetRequiredService<KeyworkerKeys>();
        var at = submittedAt ?? DateTimeOffset.UtcNow.AddDays(-3);
        await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession();
        var command = new SubmitSelfReferral(
            hubId,
            $"Test Keyworker {marker}",
            $"kw{Guid.NewGuid():N}@example.invalid",
            "07700 900123",
            null,
            Sector.Health,
            StaffGroup.Nursing,
            AgeBand.From35To44,
            Sex.Female,
            EthnicityGroup.NotStated,
            Disability.No,
            $"Help with {marker}",
            true,
            false,
            Contact: new Features.Journeys.ChangingContactPreferences.ContactPreferences(
                [global::Hubs.Web.Features.Codes.ContactChannel.Phone],
                [Features.Journeys.ChangingContactPreferences.SafeTime.WeekdayEvenings],
                VoicemailOk: false,
                MayNameHub: false
            ),
            Support: support ?? new SupportPreferences { Modes = ["phone", "video"], OutOfHours = ["weekend"] }
        );
        var id = await SelfReferralStream.StartAsync(session, keys, command, at, null, CancellationToken.None);
        await session.SaveChangesAsync();
        if (phq9 is not null || gad7 is not null || risk > RiskLevel.None)
        {
            var screening = new CompleteScreening(phq9, gad7, risk, ScreeningTakenBy.ClinicianByPhone);
            var outcome = await LeadWrites.TryAsync(
                session,
                id,
                1,
                hubId,
                j => CompleteScreeningDecision.Decide(j, screening, at.AddHours(1)),
                CancellationToken.None
            );
            Assert.Equal(AppendStatus.Written, outcome.Status);
        }

        return id;
    }
}
