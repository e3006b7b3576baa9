using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>
/// The diary's safety rules, pure: clashes refused, unsafe times and contradicting modes confirmed first.
/// </summary>
public sealed class BookingRulesTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Given.Now is Monday 23 November 2026, 09:00 (GMT): Tuesday's 03:00 and 18:30 are a day ahead.
    private static readonly DateTimeOffset TuesdayThreeAm = new(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayEvening = new(2026, 11, 24, 18, 30, 0, TimeSpan.Zero);

    private static readonly ContactPreferences EveningsByText = new(
        [ContactChannel.Text],
        [SafeTime.WeekdayEvenings],
        VoicemailOk: false,
        MayNameHub: false
    );

    private static BookingContext Context(params BusySlot[] busy) => new(busy, EveningsByText, London);

    private static BookAppointment Booking(
        DateTimeOffset at,
        ContactMode mode = ContactMode.Video,
        bool confirm = false
    ) => new(AppointmentPurpose.Assessment, at, 50, mode, Given.Clinician, confirm);

    private static Decision Book(BookAppointment command, BookingContext context) =>
        BookAppointmentDecision.Decide(
            Given.Triaged(),
            command,
            Guid.NewGuid(),
            Given.Clinician,
            Given.Now,
            Given.Hours,
            context
        );

    [Fact]
    public void A_3am_appointment_for_someone_safe_on_weekday_evenings_only_must_be_confirmed()
    {
        Book(Booking(TuesdayThreeAm), Context()).Refused("confirm-warnings");
        Assert.Contains(
            "outside the times the keyworker said are safe",
            Book(Booking(TuesdayThreeAm), Context()).Refusal!.Detail,
            StringComparison.Ordinal
        );

        Assert.IsType<AppointmentBooked>(Assert.Single(Book(Booking(TuesdayThreeAm, confirm: true), Context()).Events));
        Assert.IsType<AppointmentBooked>(Assert.Single(Book(Booking(TuesdayEvening), Context()).Events));
    }

    [Fact]
    public void A_phone_appointment_for_someone_who_chose_text_only_must_be_confirmed()
    {
        var refusal = Book(Booking(TuesdayEvening, ContactMode.Phone), Context()).Refusal;

        Assert.Equal("confirm-warnings", refusal?.Code);
        Assert.Contains("did not allow phone calls", refusal!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clinician_and_the_keyworker_cannot_be_double_booked_even_when_confirmed()
    {
        var journey = Given.Triaged();
        var clinicianBusy = new BusySlot(
            Guid.NewGuid(),
            Guid.NewGuid(),
            Given.Clinician,
            TuesdayEvening.AddMinutes(30),
            50
        );
        var keyworkerBusy = new BusySlot(
            Guid.NewGuid(),
            journey.KeyworkerId,
            Guid.NewGuid(),
            TuesdayEvening.AddMinutes(-20),
            30
        );

        Book(Booking(TuesdayEvening, confirm: true), Context(clinicianBusy)).Refused("clinician-double-booked");
        BookAppointmentDecision
            .Decide(
                journey,
                Booking(TuesdayEvening, confirm: true),
                Guid.NewGuid(),
                Given.Clinician,
                Given.Now,
                Given.Hours,
                Context(keyworkerBusy)
            )
            .Refused("client-double-booked");
    }

    [Fact]
    public void Back_to_back_appointments_do_not_clash()
    {
        var before = new BusySlot(Guid.NewGuid(), Guid.NewGuid(), Given.Clinician, TuesdayEvening.AddMinutes(-50), 50);
        var after = new BusySlot(Guid.NewGuid(), Guid.NewGuid(), Given.Clinician, TuesdayEvening.AddMinutes(50), 50);

        Assert.Null(BookingRules.Clash(Context(before, after), Guid.NewGuid(), Given.Clinician, TuesdayEvening, 50));
    }

    [Fact]
    public void Adjacent_safe_windows_join_and_a_gap_between_them_does_not()
    {
        var mondayMorning = new DateTimeOffset(2026, 11, 23, 11, 30, 0, TimeSpan.Zero);
        var joined = new[] { SafeTime.WeekdayMornings, SafeTime.WeekdayAfternoons };

        Assert.True(SafeWindows.Contains(joined, mondayMorning, mondayMorning.AddMinutes(50), London));
        Assert.False(
            SafeWindows.Contains([SafeTime.WeekdayMornings], mondayMorning, mondayMorning.AddMinutes(50), London)
        );
        Assert.False(
            SafeWindows.Contains([SafeTime.WeekdayEvenings], TuesdayThreeAm, TuesdayThreeAm.AddMinutes(50), London)
        );
    }

    [Fact]
    public void A_date_in_year_9999_is_refused()
    {
        Book(Booking(new DateTimeOffset(9999, 12, 1, 18, 0, 0, TimeSpan.Zero), confirm: true), Context())
            .Refused("appointment-too-far-ahead");
    }
}
