using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys.ReadingDiary;
using Hubs.Web.Tests.Clinic;
using static Hubs.Web.Tests.Workshops.WorkshopArrange;

namespace Hubs.Web.Tests.Workshops;

/// <summary>Workshops over HTTP against PostgreSQL: capacity under concurrency, ownership, Hubs kept apart.</summary>
public sealed class WorkshopEndpointTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private HttpClient Client => clinic.App.CreateClient();

    private DateTimeOffset NextWeek => clinic.Clock.GetUtcNow().AddDays(7);

    [Fact]
    public async Task Of_keyworkers_taking_the_last_place_at_once_one_gets_it_and_the_rest_are_told_it_is_full()
    {
        var workshop = await ScheduledAsync(Client, ClinicFixture.Clinician(), NextWeek, capacity: 4);
        for (var i = 0; i < 3; i++)
        {
            await BookedAsync(Client, TestPrincipal.Keyworker(), workshop);
        }

        var racing = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(_ => BookAsync(Client, TestPrincipal.Keyworker(), workshop))
        );

        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in racing.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await Problems.AssertRefusedAsync(refused, "workshop-full");
        }

        var listed = await Client.SendAsync(ClinicFixture.Clinician().Request(HttpMethod.Get, "/api/workshops"));
        var row = (await listed.Content.ReadFromJsonAsync<JsonElement>())
            .EnumerateArray()
            .Single(w => w.GetProperty("id").GetGuid() == workshop);
        Assert.Equal(4, row.GetProperty("booked").GetInt32());
    }

    [Fact]
    public async Task A_keyworker_sees_and_cancels_only_their_own_place_and_can_book_again()
    {
        var workshop = await ScheduledAsync(Client, ClinicFixture.Clinician(), NextWeek);
        var me = TestPrincipal.Keyworker();
        var someoneElse = TestPrincipal.Keyworker();
        var mine = await BookedAsync(Client, me, workshop);
        var theirs = await BookedAsync(Client, someoneElse, workshop);
        var cancellation = $"/api/keyworker/workshops/{workshop}/places/{{0}}/cancellation";

        var byMeOnTheirs = await Client.SendAsync(
            AsKeyworker(me, HttpMethod.Post, string.Format(null, cancellation, theirs), new { })
        );
        var myList = await Client.SendAsync(AsKeyworker(me, HttpMethod.Get, "/api/keyworker/workshops", null));
        var byMe = await Client.SendAsync(
            AsKeyworker(me, HttpMethod.Post, string.Format(null, cancellation, mine), new { })
        );
        var again = await BookAsync(Client, me, workshop);

        Assert.Equal(HttpStatusCode.NotFound, byMeOnTheirs.StatusCode);
        var places = (await myList.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(mine, Assert.Single(places).GetProperty("placeId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, byMe.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Another_hubs_staff_can_neither_see_nor_change_a_workshop()
    {
        var workshop = await ScheduledAsync(Client, ClinicFixture.Clinician(), NextWeek);
        await BookedAsync(Client, TestPrincipal.Keyworker(), workshop);
        var south = ClinicFixture.Lead("south");

        var roster = await Client.SendAsync(south.Request(HttpMethod.Get, $"/api/workshops/{workshop}/roster"));
        var attendance = await Client.SendAsync(
            south.Request(
                HttpMethod.Post,
                $"/api/workshops/{workshop}/attendance",
                new { attended = Array.Empty<Guid>() },
                version: 2
            )
        );
        var list = await Client.SendAsync(south.Request(HttpMethod.Get, "/api/workshops"));

        Assert.Equal(HttpStatusCode.NotFound, roster.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, attendance.StatusCode);
        Assert.DoesNotContain(workshop.ToString(), await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_are_on_the_hubs_roster_and_nowhere_public()
    {
        var workshop = await ScheduledAsync(Client, ClinicFixture.Clinician(), NextWeek);
        var booked = await BookAsync(Client, TestPrincipal.Keyworker(), workshop, name: "Rowan Quill");
        booked.EnsureSuccessStatusCode();

        var roster = await Client.SendAsync(
            ClinicFixture.Clinician(1).Request(HttpMethod.Get, $"/api/workshops/{workshop}/roster")
        );
        var open = await Client.GetStringAsync("/api/public/workshops");
        var page = await Client.GetStringAsync("/workshops");

        Assert.Contains("Rowan Quill", await roster.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(workshop.ToString(), open, StringComparison.Ordinal);
        Assert.DoesNotContain("Rowan Quill", open, StringComparison.Ordinal);
        Assert.DoesNotContain("Rowan Quill", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_document_naming_the_field()
    {
        var lead = ClinicFixture.Lead();
        var tooBig = await Client.SendAsync(lead.Request(HttpMethod.Post, "/api/workshops", Schedule(NextWeek, 13)));
        var noName = await BookAsync(Client, TestPrincipal.Keyworker(), Guid.NewGuid(), name: "");
        var wrongSector = await BookAsync(
            Client,
            TestPrincipal.Keyworker(),
            await ScheduledAsync(Client, lead, NextWeek),
            sector: "fire"
        );

        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal("application/problem+json", tooBig.Content.Headers.ContentType?.MediaType);
        Assert.Contains("4 to 12 places", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        await Problems.AssertRefusedAsync(wrongSector, "sector-not-open");
    }

    [Fact]
    public async Task After_the_workshop_staff_record_attendance_and_who_came_answers_after_and_books_coaching()
    {
        var workshop = await ScheduledAsync(Client, ClinicFixture.Clinician(), clinic.Clock.GetUtcNow().AddHours(2));
        var me = TestPrincipal.Keyworker();
        var place = await BookedAsync(Client, me, workshop);
        var measures = $"/api/keyworker/workshops/{workshop}/places/{place}/measures";
        var answers = Enumerable.Range(1, 7).ToDictionary(i => $"gad7.{i}", _ => 2);
        var before = await Client.SendAsync(
            AsKeyworker(me, HttpMethod.Post, measures, new { occasion = "before", answers })
        );
        before.EnsureSuccessStatusCode();
        clinic.Clock.Advance(TimeSpan.FromHours(5));

        var attendance = await Client.SendAsync(
            ClinicFixture
                .Clinician()
                .Request(
                    HttpMethod.Post,
                    $"/api/workshops/{workshop}/attendance",
                    new { attended = new[] { place } },
                    version: 3
                )
        );
        var after = await Client.SendAsync(
            AsKeyworker(me, HttpMethod.Post, measures, new { occasion = "after", answers })
        );
        var slots = await Client.SendAsync(
            AsKeyworker(me, HttpMethod.Get, $"/api/keyworker/workshops/{workshop}/coaching-slots", null)
        );
        var slot = (await slots.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().First();
        var call = await Client.SendAsync(
            AsKeyworker(
                me,
                HttpMethod.Post,
                $"/api/keyworker/workshops/{workshop}/places/{place}/coaching-calls",
                new { clinicianId = slot.GetProperty("clinicianId").GetGuid(), startsAt = slot.GetProperty("startsAt") }
            )
        );

        Assert.Equal(HttpStatusCode.OK, attendance.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        var roster = await (
            await Client.SendAsync(
                ClinicFixture.Clinician().Request(HttpMethod.Get, $"/api/workshops/{workshop}/roster")
            )
        ).Content.ReadFromJsonAsync<JsonElement>();
        var row = roster.GetProperty("places").EnumerateArray().Single();
        Assert.Equal("attended", row.GetProperty("state").GetString());
        Assert.Equal(14, row.GetProperty("before").GetProperty("total").GetInt32());
        Assert.Equal(1, roster.GetProperty("workshop").GetProperty("coachingCallsBooked").GetInt32());
    }

    [Fact]
    public async Task A_coaching_call_is_in_the_clinicians_diary_and_clashes_with_an_appointment_at_its_time()
    {
        var workshop = await ScheduledAsync(Client, ClinicFixture.Clinician(), clinic.Clock.GetUtcNow().AddHours(2));
        var me = TestPrincipal.Keyworker();
        var place = await BookedAsync(Client, me, workshop);
        clinic.Clock.Advance(TimeSpan.FromHours(5));
        var attendance = await Client.SendAsync(
            ClinicFixture
                .Clinician()
                .Request(
                    HttpMethod.Post,
                    $"/api/workshops/{workshop}/attendance",
                    new { attended = new[] { place } },
                    version: 2
                )
        );
        attendance.EnsureSuccessStatusCode();
        var slots = await Client.SendAsync(
            AsKeyworker(me, HttpMethod.Get, $"/api/keyworker/workshops/{workshop}/coaching-slots", null)
        );
        var slot = (await slots.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().First();
        var clinicianId = slot.GetProperty("clinicianId").GetGuid();
        var startsAt = slot.GetProperty("startsAt").GetDateTimeOffset();
        var call = await Client.SendAsync(
            AsKeyworker(
                me,
                HttpMethod.Post,
                $"/api/keyworker/workshops/{workshop}/places/{place}/coaching-calls",
                new { clinicianId, startsAt }
            )
        );
        call.EnsureSuccessStatusCode();

        var clinician = new Staff(clinicianId, "clinician", "north");
        var week = DiaryWeek.MondayOf(DateOnly.FromDateTime(startsAt.UtcDateTime));
        var diary = await clinic
            .As(clinician)
            .GetAsync($"/clinic/diary?clinician={clinicianId}&week={week:yyyy-MM-dd}");
        var journey = await JourneySteps.AllocatedAsync(Client, clinician, ClinicFixture.Lead());
        var clash = await journey.PostAsync(
            clinician,
            "appointments",
            new
            {
                purpose = "treatment",
                startsAt,
                durationMinutes = 50,
                mode = "video",
                clinicianId,
                confirmWarnings = true,
            }
        );

        Assert.Contains($"href=\"/clinic/workshops/{workshop}\"", diary.Html, StringComparison.Ordinal);
        Assert.Contains("Coaching call", diary.Html, StringComparison.Ordinal);
        await Problems.AssertRefusedAsync(clash, "clinician-double-booked");
    }
}
