using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing;
using Hubs.Web.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

/// <summary>
/// Whole journeys driven over HTTP as staff and keyworkers drive them, with a marker string in every
/// personal field (name, contacts, organisation, what they need help with, triage reason, signposting,
/// formulation, plan, cancellation reason, session notes and risk review, discharge summary, withdrawal reason,
/// team name, and on a risk-managed journey the risk concern, risk assessment and safety plan). <see cref="Written"/>
/// counts the events written; every write calls <c>afterEachWrite</c>.
/// </summary>
public sealed partial class MarkedJourneys(HttpClient http, TestClock clock, Func<int, Task>? afterEachWrite = null)
{
    public int Written { get; private set; }

    /// <summary>Contracts published so far.</summary>
    public int Milestones { get; private set; }

    /// <summary>When each booked appointment starts (issue 20: its out-of-hours flag is published).</summary>
    public List<DateTimeOffset> Bookings { get; } = [];

    /// <summary>
    /// How far each allocation met the characteristic the keyworker ticked (a language, named with the marker):
    /// a clinician who speaks it (the onward journey's) meets it, one without a profile does not.
    /// </summary>
    public List<string> Allocations { get; } = [];

    public List<string> Ids { get; } = [];

    /// <summary>
    /// Referral, screening, triage, an attended assessment appointment, assessment, allocation, then
    /// four treatment appointments (attended with scores, cancelled, missed or cancelled by the Hub,
    /// attended with scores), questionnaires given by the clinician at the assessment (2) and before discharge (4), and
    /// a discharge: 24 events, 24 milestones. Scores vary with <paramref name="n"/>. The keyworker ticks a language
    /// (named in marked words); on an <paramref name="onward"/> journey the clinician speaks it (their own profile).
    /// <paramref name="riskManaged"/> adds a risk concern, a risk assessment and a safety plan after triage, and a
    /// self-harm answer at the sessions (events that are never milestones). <paramref name="onward"/> adds a step of
    /// care, an onward referral and its outcome after allocation (3 events, 3 milestones).
    /// </summary>
    public async Task TreatedAsync(
        string marker,
        int n,
        string hubId = "north",
        bool riskManaged = false,
        bool onward = false
    )
    {
        var (clinician, lead) = (Staff.Clinician(hubId), Staff.Lead(hubId));
        var journey = await SubmitAsync(
            marker,
            hubId,
            new { clinicianCharacteristics = new[] { "language" }, clinicianDetails = $"Polish please {marker}" }
        );
        if (onward)
        {
            await SpeaksPolishAsync(clinician);
        }

        await WriteAsync(
            journey,
            null,
            "screening",
            new
            {
                phq9Total = 6 + (n % 15),
                gad7Total = 4 + (n % 12),
                risk = n % 7 == 0 ? "flag" : "none",
                takenBy = "keyworker",
            }
        );
        await WriteAsync(journey, clinician, "triage", new { outcome = "assess", reason = $"Reason{marker}" });
        if (riskManaged)
        {
            await RiskManagedAsync(journey, clinician, marker);
        }

        var slot = await BookAsync(journey, clinician, "assessment", 2 + (n % 40));
        await AttendAsync(journey, clinician, slot, attended: true);
        await WriteAsync(
            journey,
            clinician,
            "assessment",
            new
            {
                intervention = n % 2 == 0 ? "cbt" : "counselling",
                formulation = $"Formulation{marker}",
                agreedPlan = $"Plan{marker}",
                phq9Total = 8 + (n % 15),
                gad7Total = 6 + (n % 12),
            },
            milestone: true
        );
        await AssessmentMeasuresAsync(journey, clinician, n);
        await WriteAsync(journey, lead, "allocation", new { clinicianId = clinician.Id });
        Allocations.Add(onward ? "met" : "not-met");
        if (onward)
        {
            await SteppedAndReferredOnAsync(journey, clinician, marker, hubId);
        }

        await AttendedSessionAsync(
            journey,
            clinician,
            30 + (n % 100),
            10 + (n % 12),
            9 + (n % 9),
            marker,
            item9: riskManaged ? 1 : 0
        );
        var cancelled = await BookAsync(journey, clinician, "treatment", 40 + (n % 100));
        await WriteAsync(
            journey,
            clinician,
            $"appointments/{cancelled}/cancellation",
            new { by = n % 3 == 0 ? "hub" : "client", reason = $"Cancelled{marker}" }
        );
        var missed = await BookAsync(journey, clinician, "treatment", 45 + (n % 100));
        await AttendAsync(journey, clinician, missed, attended: n % 4 == 0);
        await AttendedSessionAsync(journey, clinician, 50 + (n % 100), n % 20, n % 15, marker, item9: 0);
        await DischargeMeasuresAsync(journey, clinician, n);
        await WriteAsync(
            journey,
            clinician,
            "discharge",
            new { reason = n % 5 == 0 ? "dropped-out" : "completed", summary = $"Summary{marker}" }
        );
    }

    /// <summary>
    /// Referral, screening and a triage that signposts elsewhere: 3 events, 3 milestones;
    /// <paramref name="toDirectory"/> names a (marked) service of the Hub's directory too, an onward signpost at
    /// triage: 4 events, 4 milestones.
    /// </summary>
    public async Task SignpostedAsync(string marker, string hubId = "north", bool toDirectory = false)
    {
        Guid? service = toDirectory ? await ListServiceAsync(marker, hubId, "gp") : null;
        var journey = await SubmitAsync(marker, hubId);
        await WriteAsync(
            journey,
            null,
            "screening",
            new
            {
                phq9Total = 4,
                gad7Total = 3,
                risk = "none",
                takenBy = "clinician-by-phone",
            }
        );
        await WriteAsync(
            journey,
            Staff.Clinician(hubId),
            "triage",
            new
            {
                outcome = "signpost-elsewhere",
                reason = $"Reason{marker}",
                signpostedTo = $"Signposted{marker}",
                serviceId = service,
            }
        );
        if (toDirectory)
        {
            await CountAsync(true); // the same write's onward signpost at triage
        }
    }

    /// <summary>Referral, triage, then the keyworker withdraws with a reason: 3 events, 3 milestones.</summary>
    public async Task WithdrawnAsync(string marker, string hubId = "north")
    {
        var journey = await SubmitAsync(marker, hubId);
        await WriteAsync(
            journey,
            Staff.Clinician(hubId),
            "triage",
            new { outcome = "assess", reason = $"Reason{marker}" }
        );
        await WriteAsync(journey, null, "withdrawal", new { reason = $"Withdrew{marker}" });
    }

    /// <summary>A team activity planned for a named team and held: 2 events, 2 milestones.</summary>
    public async Task<Guid> TeamActivityAsync(string marker, int attendance, string hubId = "north")
    {
        var lead = Staff.Lead(hubId);
        var planned = await http.SendAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/team-activities",
                new
                {
                    kind = "reflective-group",
                    team = $"Team{marker}",
                    startsAt = clock.GetUtcNow().AddDays(1),
                    durationMinutes = 90,
                    facilitatorId = Guid.NewGuid(),
                }
            )
        );
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var id = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Ids.Add(id.ToString());
        await CountAsync(true);
        var held = await http.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/team-activities/{id}/held",
                new { attendanceCount = attendance },
                version: 1
            )
        );
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        await CountAsync(true);
        return id;
    }
}
