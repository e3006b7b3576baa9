using Hubs.Web.Features.AdverseEvents;
using JasperFx.Events;
using Published = Hubs.Contracts.HubWork;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Adverse events: each step of the response with the facts fixed when the event was logged (its week and month, the
/// band of staff involved, the Hub's target, the department's sector code), first contact as a band of hours against
/// that target. Never the department, the date it happened, the peer supporter, a hand-over code or the journey a
/// hand-over led to (the link itself is not published, so no message arrives beside that journey's referral).
/// </summary>
public sealed partial class MilestoneMapper
{
    private Published.AdverseEventRecorded? MapAdverseEvent(IEvent recorded, AdverseEvent adverse)
    {
        var (step, band, within, dayMark) = recorded.Data switch
        {
            AdverseEventLogged => (Published.AdverseEventCodes.Logged, null, null, null),
            FirstContactRecorded contact => FirstContact(adverse, contact),
            FollowUpRecorded followUp => (Published.AdverseEventCodes.FollowUp, null, null, followUp.DayMark),
            SelfReferralHandOverOffered => (Published.AdverseEventCodes.HandOverOffered, null, null, (int?)null),
            _ => ((string?)null, (string?)null, (bool?)null, (int?)null),
        };
        if (step is null)
        {
            return null;
        }

        var (week, month) = calendar.Of(adverse.LoggedAt);
        return new Published.AdverseEventRecorded(
            pseudonymiser.KeyOf("adverse-event:", adverse.Id),
            adverse.HubId,
            recorded.Version,
            week,
            month,
            step,
            AdverseEventMilestones.StaffBand(adverse.StaffInvolved),
            adverse.FirstContactTargetHours,
            band,
            within,
            dayMark,
            adverse.Sector is { } sector ? CategoryCodes.Code(sector) : null
        );
    }

    private static (string?, string?, bool?, int?) FirstContact(AdverseEvent adverse, FirstContactRecorded contact)
    {
        var hours = (contact.ContactedAt - adverse.LoggedAt).TotalHours;
        return (
            Published.AdverseEventCodes.FirstContact,
            AdverseEventMilestones.ResponseBand(hours),
            hours <= adverse.FirstContactTargetHours,
            null
        );
    }
}

/// <summary>Which adverse-event events have a contract, and the bands they are published in.</summary>
internal static class AdverseEventMilestones
{
    public static readonly EventTypes Types = new(
        typeof(AdverseEventLogged),
        typeof(FirstContactRecorded),
        typeof(FollowUpRecorded),
        typeof(SelfReferralHandOverOffered)
    );

    public static string StaffBand(int staff) =>
        staff switch
        {
            <= 1 => "1",
            <= 4 => "2-4",
            <= 9 => "5-9",
            _ => "10-or-more",
        };

    public static string ResponseBand(double hours) =>
        hours switch
        {
            < 24 => "under-24h",
            <= 72 => "24-72h",
            _ => "over-72h",
        };
}
