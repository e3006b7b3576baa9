using System.Text.Json;
using Hubs.Web.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

/// <summary>The writes the journey shapes share, each counted (and milestones counted) as it succeeds.</summary>
public sealed partial class MarkedJourneys
{
    /// <summary>Journeys written side by side (two replicas) take turns between reading and moving the clock.</summary>
    private static readonly SemaphoreSlim ClockTurn = new(1, 1);

    private readonly Dictionary<string, DateTimeOffset> starts = [];

    private static readonly string?[] HeardFrom = ["colleague", "occupational-health", "hub-outreach", "gp", null];

    private async Task<JourneyClient> SubmitAsync(string marker, string hubId, object? support = null)
    {
        var referral = Referrals.Valid(hubId, marker);
        referral["support"] = support;
        // Issue 20: how they heard about the Hub travels as a code; the answers take turns, one journey in five none.
        referral["heardFrom"] = HeardFrom[Ids.Count % HeardFrom.Length];
        var journey = await JourneyClient.SubmitAsync(http, referral);
        Ids.Add(journey.Id.ToString());
        await CountAsync(true);
        return journey;
    }

    private async Task AttendedSessionAsync(
        JourneyClient journey,
        Staff clinician,
        int inDays,
        int phq9,
        int gad7,
        string marker,
        int item9
    )
    {
        var appointment = await BookAsync(journey, clinician, "treatment", inDays);
        await AttendAsync(journey, clinician, appointment, attended: true);
        await WriteAsync(
            journey,
            clinician,
            "sessions",
            new
            {
                appointmentId = appointment,
                phq9Total = phq9,
                gad7Total = gad7,
                notes = $"Notes{marker}",
                phq9Item9 = item9,
                riskReview = $"Review{marker}",
            }
        );
    }

    /// <summary>Risk recorded in free text, each part carrying the marker: none of it is a milestone.</summary>
    private async Task RiskManagedAsync(JourneyClient journey, Staff clinician, string marker)
    {
        await WriteAsync(
            journey,
            clinician,
            "risk-concerns",
            new
            {
                level = "urgent",
                source = "message",
                note = $"Concern{marker}",
            },
            milestone: false
        );
        await WriteAsync(
            journey,
            clinician,
            "risk-assessments",
            new
            {
                level = "flag",
                riskFactors = $"Factors{marker}",
                protectiveFactors = $"Protective{marker}",
                plan = $"RiskPlan{marker}",
                reviewBy = DateOnly.FromDateTime(clock.GetUtcNow().AddDays(7).UtcDateTime),
            },
            milestone: false
        );
        await WriteAsync(
            journey,
            clinician,
            "safety-plan",
            new
            {
                warningSigns = $"Signs{marker}",
                copingStrategies = $"Coping{marker}",
                peopleAndPlaces = $"People{marker}",
                professionalContacts = $"Professionals{marker}",
                crisisLines = $"Lines{marker}",
                safeEnvironment = $"Safer{marker}",
            },
            milestone: false
        );
    }

    /// <summary>
    /// Books <paramref name="inDays"/> minutes ahead on the hosts' clock (see <see cref="EndToEndClock"/>).
    /// </summary>
    private async Task<string> BookAsync(JourneyClient journey, Staff clinician, string purpose, int inDays)
    {
        JsonElement booked;
        DateTimeOffset startsAt;
        await ClockTurn.WaitAsync();
        try
        {
            startsAt = clock.GetUtcNow().AddMinutes(inDays);
            booked = await WriteAsync(
                journey,
                clinician,
                "appointments",
                new
                {
                    purpose,
                    startsAt,
                    durationMinutes = 50,
                    mode = "video",
                }
            );
        }
        finally
        {
            ClockTurn.Release();
        }

        var id = booked.GetProperty("appointmentId").GetString()!;
        Ids.Add(id);
        starts[id] = startsAt;
        Bookings.Add(startsAt);
        return id;
    }

    private async Task AttendAsync(JourneyClient journey, Staff clinician, string appointment, bool attended)
    {
        await ClockTurn.WaitAsync();
        try
        {
            EndToEndClock.PassStartOf(clock, starts[appointment]);
            await WriteAsync(journey, clinician, $"appointments/{appointment}/attendance", new { attended });
        }
        finally
        {
            ClockTurn.Release();
        }
    }

    private async Task<JsonElement> WriteAsync(
        JourneyClient journey,
        Staff? staff,
        string path,
        object body,
        bool milestone = true
    )
    {
        var answer = await journey.OkAsync(staff, path, body);
        await CountAsync(milestone);
        return answer;
    }

    private async Task CountAsync(bool milestone)
    {
        Written++;
        Milestones += milestone ? 1 : 0;
        if (afterEachWrite is not null)
        {
            await afterEachWrite(Written);
        }
    }
}
