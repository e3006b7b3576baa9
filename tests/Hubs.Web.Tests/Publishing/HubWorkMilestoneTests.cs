using System.Text.Json;
using Hubs.Contracts.HubWork;
using Hubs.Web.Features.Consultations;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Outreach;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Workshops;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

/// <summary>Workshops, consultations and outreach leave Web as codes and counts only (issue 21).</summary>
public class HubWorkMilestoneTests
{
    private static readonly DateTimeOffset StartsAt = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static Workshop NewWorkshop()
    {
        var id = Guid.NewGuid();
        var scheduled = new WorkshopScheduled(
            id,
            "north",
            "TITLEMARK resilience",
            StartsAt,
            120,
            ContactMode.InPerson,
            "VENUEMARK hall",
            10,
            [Sector.Police],
            MeasureId.Gad7,
            Guid.NewGuid(),
            StartsAt.AddDays(-10)
        );
        var workshop = Workshop.Create(scheduled);
        foreach (var n in Enumerable.Range(0, 3))
        {
            workshop = workshop.Apply(
                new WorkshopPlaceBooked(
                    id,
                    Guid.NewGuid(),
                    Guid.NewGuid(),
                    Personal.Of(Guid.NewGuid(), "NAMEMARK"),
                    Sector.Police,
                    null,
                    StartsAt.AddDays(-n - 1)
                )
            );
        }

        return workshop.Apply(new WorkshopPlaceCancelled(id, workshop.Places[2].Id, StartsAt.AddDays(-1)));
    }

    [Fact]
    public void A_held_workshop_sends_places_booked_and_attended_and_a_paired_measure_its_change()
    {
        var workshop = NewWorkshop();
        var place = workshop.Places[0].Id;
        var held = new WorkshopAttendanceRecorded(workshop.Id, [place], StartsAt.AddHours(3));
        workshop = workshop.Apply(held);
        var owner = Guid.NewGuid();
        var before = new WorkshopMeasureAnswered(
            workshop.Id,
            place,
            WorkshopOccasion.Before,
            Personal.Of(owner, new MeasureScore(12, "moderate")),
            StartsAt
        );
        workshop = workshop.Apply(before);
        var after = new WorkshopMeasureAnswered(
            workshop.Id,
            place,
            WorkshopOccasion.After,
            Personal.Of(owner, new MeasureScore(6, "mild")),
            StartsAt
        );
        workshop = workshop.Apply(after);
        var pair = new WorkshopMeasurePaired(workshop.Id, "better", -6, StartsAt);

        var heldSent = (WorkshopRecorded)MapWork(held, workshop.Id, workshop, 6)!;
        var paired = (WorkshopRecorded)MapWork(pair, workshop.Id, workshop, 9)!;

        Assert.Equal(
            ("held", (int?)2, (int?)1, "gad7", "2026-W10", "2026-03"),
            (heldSent.Step, heldSent.Booked, heldSent.Attended, heldSent.Measure, heldSent.IsoWeek, heldSent.Month)
        );
        Assert.Equal(("measure-paired", "better", (int?)-6), (paired.Step, paired.Change, paired.TotalChange));
        Assert.Null(MapWork(before, workshop.Id, workshop, 7));
        Assert.Null(MapWork(after, workshop.Id, workshop, 8));
        Assert.Equal(Keys.KeyOf("workshop:", workshop.Id), heldSent.ActivityKey);
        var json = JsonSerializer.Serialize(new[] { heldSent, paired });
        Assert.DoesNotContain("MARK", json, StringComparison.Ordinal);
        Assert.DoesNotContain(place.ToString(), json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_coaching_call_held_is_a_step_of_its_workshop()
    {
        var workshop = NewWorkshop();

        var call = (WorkshopRecorded)
            MapWork(new CoachingCallHeld(workshop.Id, Guid.NewGuid(), StartsAt), workshop.Id, workshop)!;

        Assert.Equal(("coaching-call-held", "2026-03"), (call.Step, call.Month));
    }

    [Fact]
    public void Consultations_and_outreach_send_codes_of_the_contracts_lists_in_the_week_they_took_place()
    {
        var held = new DateOnly(2026, 3, 1);
        var recorded = new Features.Consultations.ConsultationRecorded(
            Guid.NewGuid(),
            "north",
            held,
            ConsultationAbout.Team,
            AdviceArea.SupportingAfterIncident,
            PartnerSector.SocialCare,
            OrganisationType.SocialCareTeam,
            StartsAt
        );
        var consultation = Consultation.Create(recorded);
        var visit = new Features.Outreach.OutreachRecorded(
            Guid.NewGuid(),
            "north",
            held,
            OutreachKind.PromotionVisit,
            PartnerSector.CareHome,
            OrganisationType.CareHome,
            14,
            StartsAt
        );

        var sent = (Contracts.HubWork.ConsultationRecorded)MapWork(recorded, consultation.Id, consultation, 1)!;
        var followed = (Contracts.HubWork.ConsultationRecorded)
            MapWork(
                new ConsultationFollowedByTeamSession(consultation.Id, Guid.NewGuid(), StartsAt),
                consultation.Id,
                consultation
            )!;
        var reached = (Contracts.HubWork.OutreachRecorded)
            MapWork(visit, visit.OutreachId, OutreachContact.Create(visit), 1)!;

        Assert.Equal(
            ("recorded", "supporting-after-incident", "team", "social-care-team", "social-care", "2026-W09", "2026-03"),
            (sent.Step, sent.AdviceArea, sent.About, sent.OrganisationType, sent.Sector, sent.IsoWeek, sent.Month)
        );
        Assert.Equal("team-session-followed", followed.Step);
        Assert.Equal(
            ("promotion-visit", "care-home", "care-home", 14),
            (reached.Kind, reached.OrganisationType, reached.Sector, reached.Attendees)
        );
    }

    [Fact]
    public void Every_code_Hub_work_can_send_is_one_the_contracts_define()
    {
        Assert.All(Enum.GetValues<AdviceArea>(), a => Assert.Contains(Code(a), HubWorkCodes.AdviceAreas));
        Assert.All(Enum.GetValues<ConsultationAbout>(), a => Assert.Contains(Code(a), HubWorkCodes.About));
        Assert.All(Enum.GetValues<PartnerSector>(), s => Assert.Contains(Code(s), HubWorkCodes.Sectors));
        Assert.All(Enum.GetValues<OrganisationType>(), o => Assert.Contains(Code(o), HubWorkCodes.OrganisationTypes));
        Assert.All(Enum.GetValues<OutreachKind>(), k => Assert.Contains(Code(k), HubWorkCodes.OutreachKinds));
    }

    private static readonly JsonSerializerOptions Codes = new()
    {
        Converters = { ServiceDefaults.HubsJson.EnumConverter() },
    };

    private static string Code<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, Codes).Trim('"');
}
