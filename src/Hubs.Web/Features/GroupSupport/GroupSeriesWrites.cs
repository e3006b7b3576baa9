using Hubs.Web.Features.AdverseEvents.SupportingStaff;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>
/// Who sees a series: clinical staff of its Hub; a peer supporter only when they facilitate it. Every API write on
/// a series goes through <see cref="StreamWrites"/> with one of these, so a series not theirs is 404.
/// </summary>
public static class GroupSeriesWrites
{
    /// <summary>
    /// The peer supporter facilitates the series, in their Hub, through a register entry that is not archived (one
    /// who left the register no longer sees the series they facilitated).
    /// </summary>
    public static bool Facilitates(PeerSupportCaller me, GroupSeries series) =>
        me is not null
        && series is not null
        && series.HubId == me.HubId
        && series.FacilitatorAccountId == me.AccountId
        && series.Facilitator.FacilitatorId is { } entry
        && me.ActiveEntries.Contains(entry);

    public static Func<GroupSeries, bool> SeenBy(StaffMember staff) => s => s.HubId == staff.HubId;

    public static Func<GroupSeries, bool> SeenBy(PeerSupportCaller me) => s => Facilitates(me, s);

    public static Task<IResult> WriteAsync(
        Guid id,
        HttpContext http,
        Func<GroupSeries, bool> visible,
        Func<GroupSeries, Decision> decide
    ) => StreamWrites.DecideAndAppendAsync(id, http, visible, decide, version => new GroupSeriesWritten(id, version));
}
