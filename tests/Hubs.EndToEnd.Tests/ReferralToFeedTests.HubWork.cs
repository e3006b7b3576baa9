using Hubs.Web.Features.Clinicians;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.EndToEnd.Tests;

/// <summary>
/// Issue 21's Hub work, each field checked where it lands in Insights' own tables (codes, bands and counts only);
/// the marker search in the main test shows the department and the peer supporter's name never leave Web.
/// </summary>
public partial class ReferralToFeedTests
{
    /// <summary>
    /// The Hub's clinician directory: a peer supporter on the register needs a supervising clinician.
    /// </summary>
    private async Task SeedCliniciansAsync()
    {
        await using var session = system.Web.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        // Stored outright: the seed skips a Hub that already has a profile, and earlier journeys made some.
        session.Store([.. ClinicianSeed.For("north")]);
        await session.SaveChangesAsync();
    }

    private async Task HubWorkReachedInsightsAsync()
    {
        // AdverseEventAsync: 6 staff (band 5-9) of a care home's department, the default 72-hour target, reached at
        // once, the 1-week check-in; every step carries the sector code, never the department.
        Assert.Equal(
            4,
            await CountAsync(
                "insights.adverse_event_steps",
                "staff_involved = '5-9' AND target_hours = 72 AND sector = 'care-home'"
            )
        );
        Assert.Equal(
            1,
            await CountAsync(
                "insights.adverse_event_steps",
                "step = 'first-contact' AND response_band = 'under-24h' AND within_target"
            )
        );
        Assert.Equal(1, await CountAsync("insights.adverse_event_steps", "step = 'follow-up' AND day_mark = 7"));
        Assert.Equal(1, await CountAsync("insights.adverse_event_steps", "step = 'hand-over-offered'"));

        // WorkshopAsync: GAD-7, one place booked and attended, 14 (moderate) before and 7 (mild) after.
        Assert.Equal(
            1,
            await CountAsync(
                "insights.workshop_steps",
                "step = 'held' AND measure = 'gad7' AND booked = 1 AND attended = 1"
            )
        );
        Assert.Equal(
            1,
            await CountAsync(
                "insights.workshop_steps",
                "step = 'measure-paired' AND change = 'better' AND total_change = -7"
            )
        );

        // ConsultationAndOutreachAsync: codes and the head count only.
        Assert.Equal(
            1,
            await CountAsync(
                "insights.consultation_steps",
                "step = 'recorded' AND advice_area = 'supporting-after-incident' AND about = 'team' "
                    + "AND organisation_type = 'police' AND sector = 'police'"
            )
        );
        Assert.Equal(
            1,
            await CountAsync(
                "insights.outreach",
                "kind = 'partner-talk' AND organisation_type = 'fire' AND sector = 'fire' AND attendees = 25"
            )
        );
    }
}
