using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

public sealed partial class MarkedJourneys
{
    /// <summary>
    /// An adverse event (issue 21) of a department carrying a letters-only form of the marker, 6 staff involved, taken
    /// by a peer supporter named after the marker: logged, assigned, first contact at once, the 1-week check-in and a
    /// hand-over into self-referral offered. Needs the Hub's seeded clinicians (a supervisor). 6 writes, 4 milestones
    /// (logged, first contact, check-in, hand-over offered).
    /// </summary>
    public async Task AdverseEventAsync(string marker, string hubId = "north")
    {
        var lead = Staff.Lead(hubId);
        var peer = new Staff(Guid.NewGuid(), "peer-supporter", hubId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var supporter = await CreatedAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/peer-supporters",
                new
                {
                    accountId = peer.Id,
                    name = $"Peer{marker}",
                    supervisorId = ClinicianSeed.IdFor(hubId, 0),
                    trainedOn = today.AddMonths(-3),
                    refresherDue = today.AddMonths(9),
                }
            )
        );
        await CountAsync(false);
        var adverse = await CreatedAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/adverse-events",
                new
                {
                    department = LettersOnly(marker),
                    occurredOn = today.AddDays(-1),
                    staffInvolved = 6,
                    sector = "care-home",
                }
            )
        );
        Ids.Add(adverse.ToString());
        await CountAsync(true);
        var route = $"/api/adverse-events/{adverse}";
        await SendOkAsync(lead.Request(HttpMethod.Post, $"{route}/assignment", new { peerSupporterId = supporter }, 1));
        await CountAsync(false);
        var now = clock.GetUtcNow();
        await SendOkAsync(peer.Request(HttpMethod.Post, $"{route}/first-contact", new { contactedAt = now }, 2));
        await CountAsync(true);
        var checkIn = new { dayMark = 7, checkedInAt = now };
        await SendOkAsync(peer.Request(HttpMethod.Post, $"{route}/follow-ups", checkIn, 3));
        await CountAsync(true);
        await SendOkAsync(peer.Request(HttpMethod.Post, $"{route}/hand-overs", new { }, 4));
        await CountAsync(true);
    }

    /// <summary>
    /// A resilience workshop (issue 21) titled and held at a venue named after the marker, run by the Hub's first
    /// seeded clinician, booked by a keyworker named after the marker, who answers GAD-7 before (14, moderate) and
    /// after (7, mild); attendance recorded once it has started. 5 writes, 2 milestones (held, measure paired).
    /// </summary>
    public async Task WorkshopAsync(string marker, string hubId = "north")
    {
        var clinician = new Staff(ClinicianSeed.IdFor(hubId, 0), "clinician", hubId);
        var startsAt = clock.GetUtcNow().AddMinutes(10);
        var workshop = await CreatedAsync(
            clinician.Request(
                HttpMethod.Post,
                "/api/workshops",
                new
                {
                    title = $"Title{marker}",
                    startsAt,
                    durationMinutes = 60,
                    mode = "in-person",
                    venue = $"Venue{marker}",
                    capacity = 8,
                    sectors = new[] { "police" },
                    measure = "gad7",
                    facilitatorId = clinician.Id,
                }
            )
        );
        Ids.Add(workshop.ToString());
        await CountAsync(false);
        var keyworker = TestPrincipal.Keyworker();
        var booked = await SendOkAsync(
            new HttpRequestMessage(HttpMethod.Post, $"/api/keyworker/workshops/{workshop}/places")
            {
                Content = JsonContent.Create(new { name = $"Named{marker}", sector = "police" }),
            }.SignedAs(keyworker)
        );
        var place = booked.GetProperty("placeId").GetGuid();
        Ids.Add(place.ToString());
        await CountAsync(false);
        var measures = $"/api/keyworker/workshops/{workshop}/places/{place}/measures";
        await AnswerAsync(2);
        await CountAsync(false);
        EndToEndClock.PassStartOf(clock, startsAt);
        var attended = new { attended = new[] { place } };
        await SendOkAsync(clinician.Request(HttpMethod.Post, $"/api/workshops/{workshop}/attendance", attended, 3));
        await CountAsync(true);
        await AnswerAsync(1);
        await CountAsync(true);

        async Task AnswerAsync(int each)
        {
            var occasion = each == 2 ? "before" : "after";
            var answers = Enumerable.Range(1, 7).ToDictionary(i => $"gad7.{i}", _ => each);
            await SendOkAsync(
                new HttpRequestMessage(HttpMethod.Post, measures)
                {
                    Content = JsonContent.Create(new { occasion, answers }),
                }.SignedAs(keyworker)
            );
        }
    }

    /// <summary>
    /// A consultation about a police team and a talk to a fire service (issue 21): 2 writes, 2 milestones.
    /// </summary>
    public async Task ConsultationAndOutreachAsync(string hubId = "north")
    {
        var lead = Staff.Lead(hubId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var consultation = await CreatedAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/consultations",
                new
                {
                    heldOn = today,
                    about = "team",
                    adviceArea = "supporting-after-incident",
                    sector = "police",
                    organisationType = "police",
                }
            )
        );
        Ids.Add(consultation.ToString());
        await CountAsync(true);
        var outreach = await CreatedAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/outreach",
                new
                {
                    heldOn = today,
                    kind = "partner-talk",
                    sector = "fire",
                    organisationType = "fire",
                    attendees = 25,
                }
            )
        );
        Ids.Add(outreach.ToString());
        await CountAsync(true);
    }

    private async Task<Guid> CreatedAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        Assert.True(
            response.StatusCode == HttpStatusCode.Created,
            $"{request.RequestUri}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
