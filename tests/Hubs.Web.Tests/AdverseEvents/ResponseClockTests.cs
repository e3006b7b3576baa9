using Hubs.Web.Features.AdverseEvents;
using static Hubs.Web.Tests.AdverseEvents.AdverseEventFacts;

namespace Hubs.Web.Tests.AdverseEvents;

public class ResponseClockTests
{
    [Fact]
    public void First_contact_is_due_within_the_target_and_overdue_once_it_has_passed()
    {
        var adverse = Logged(targetHours: 24);

        var inTime = ResponseClock.Next(adverse, Now.AddHours(23));
        var late = ResponseClock.Next(adverse, Now.AddHours(25));

        Assert.Equal((ResponseStep.FirstContact, Now.AddHours(24), false), (inTime.Step, inTime.DueAt, inTime.Overdue));
        Assert.True(late.Overdue);
    }

    [Fact]
    public void Check_ins_fall_due_their_days_after_first_contact_in_order()
    {
        var contacted = Logged().ContactedAt(Now.AddHours(10));

        var week = ResponseClock.Next(contacted, Now.AddDays(3));
        var lateWeek = ResponseClock.Next(contacted, Now.AddDays(8));
        var month = ResponseClock.Next(
            contacted.Apply(new FollowUpRecorded(contacted.Id, 7, Now.AddDays(7), Now.AddDays(7))),
            Now.AddDays(8)
        );

        Assert.Equal(
            (ResponseStep.FollowUp, 7, Now.AddHours(10).AddDays(7), false),
            (week.Step, week.DayMark, week.DueAt, week.Overdue)
        );
        Assert.True(lateWeek.Overdue);
        Assert.Equal((30, false), (month.DayMark, month.Overdue));
        Assert.Equal(10, ResponseClock.HoursToFirstContact(contacted));
    }
}
