using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.TriagingReferral;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Staff lists say who is who: the keyworker's name and the journey's short reference on every row, own Hub only.
/// </summary>
public sealed class StaffListNamesTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task The_triage_queue_and_the_waiting_list_show_names_and_references()
    {
        var waiting = await ClinicReferrals.SubmitAsync(clinic, marker: "Waiting Names");
        await using (var session = clinic.Store.LightweightSession())
        {
            var triage = new TriageReferral(TriageOutcome.Assess, "Fits.", null);
            Assert.Equal(
                AppendStatus.Written,
                (
                    await LeadWrites.TryAsync(
                        session,
                        waiting,
                        2,
                        "north",
                        j => TriageReferralDecision.Decide(j, triage, Guid.NewGuid(), DateTimeOffset.UtcNow),
                        default
                    )
                ).Status
            );
        }

        var queued = await ClinicReferrals.SubmitAsync(clinic, marker: "Queued Names");
        var south = await ClinicReferrals.SubmitAsync(clinic, "south", marker: "Southern Names");

        var queue = (await clinic.As(ClinicFixture.Clinician()).GetAsync("/clinic/triage")).Html;
        var hub = (await clinic.As(ClinicFixture.Lead()).GetAsync("/clinic/hub")).Html;

        Assert.Contains(
            $"/clinic/journeys/{queued}\">Test Keyworker Queued Names</a>",
            queue,
            StringComparison.Ordinal
        );
        Assert.Contains($"Ref {JourneyReference.Of(queued)}", queue, StringComparison.Ordinal);
        Assert.Contains(
            $"/clinic/journeys/{waiting}\">Test Keyworker Waiting Names</a>",
            hub,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Southern Names", queue + hub, StringComparison.Ordinal);
        Assert.DoesNotContain(JourneyReference.Of(south), queue + hub, StringComparison.Ordinal);
    }
}
