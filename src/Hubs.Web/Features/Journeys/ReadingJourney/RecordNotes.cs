using Hubs.Web.Features.Journeys.Events;
using JasperFx.Events;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>One clinical note (decrypted for this read; null text once the keyworker's key is destroyed).</summary>
public sealed record ClinicalNote(DateTimeOffset At, string Title, string? Text);

/// <summary>The clinical notes of a journey, read from its events (risk: <c>RiskHistory</c>).</summary>
public static class RecordNotes
{
    public static IReadOnlyList<ClinicalNote> Notes(IEnumerable<IEvent> events) =>
        events
            .Select(e =>
                e.Data switch
                {
                    ReferralTriaged t => new ClinicalNote(
                        t.TriagedAt,
                        "Triage reason",
                        Join(t.Reason.Value, t.SignpostedService() is { } service ? $"Signposted to {service}" : null)
                    ),
                    AssessmentCompleted a => new ClinicalNote(
                        a.AssessedAt,
                        "Assessment",
                        Join(a.Formulation.Value, a.AgreedPlan.Value is null ? null : $"Plan: {a.AgreedPlan.Value}")
                    ),
                    TreatmentSessionRecorded s when s.Notes is not null => new ClinicalNote(
                        s.RecordedAt,
                        $"Session {s.SessionNumber}",
                        s.Notes.Value
                    ),
                    AppointmentCancelled c when c.Reason is not null => new ClinicalNote(
                        c.CancelledAt,
                        "Appointment cancelled",
                        c.Reason.Value
                    ),
                    ClientDischarged d when d.Summary is not null => new ClinicalNote(
                        d.DischargedAt,
                        "Discharge summary",
                        d.Summary.Value
                    ),
                    _ => null,
                }
            )
            .OfType<ClinicalNote>()
            .OrderByDescending(n => n.At)
            .ToList();

    private static string? Join(string? text, string? more) =>
        string.Join("\n", new[] { text, more }.OfType<string>()) is { Length: > 0 } joined ? joined : null;
}
