using Hubs.Web.Features.Journeys.Events;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>A journey on a clinician's caseload: allocated and not yet ended.</summary>
public sealed record CaseloadEntry(Guid Id, string HubId, DateTimeOffset SubmittedAt)
{
    public Guid? ClinicianId { get; init; }

    public InterventionType? Intervention { get; init; }

    public int SessionsRecorded { get; init; }

    public int? LastPhq9 { get; init; }

    public int? LastGad7 { get; init; }

    public bool Active { get; init; }
}

public sealed class CaseloadProjection : SingleStreamProjection<CaseloadEntry, Guid>
{
    public static CaseloadEntry Create(SelfReferralSubmitted e) => new(e.JourneyId, e.HubId, e.SubmittedAt);

    public static CaseloadEntry Apply(AssessmentCompleted e, CaseloadEntry entry) =>
        entry with
        {
            Intervention = e.Intervention,
            LastPhq9 = e.Phq9Total,
            LastGad7 = e.Gad7Total,
        };

    public static CaseloadEntry Apply(ClinicianAllocated e, CaseloadEntry entry) =>
        entry with
        {
            ClinicianId = e.ClinicianId,
            Active = true,
        };

    public static CaseloadEntry Apply(TreatmentSessionRecorded e, CaseloadEntry entry) =>
        entry with
        {
            SessionsRecorded = entry.SessionsRecorded + 1,
            LastPhq9 = e.Phq9Total,
            LastGad7 = e.Gad7Total,
        };

    public static CaseloadEntry Apply(ClientDischarged e, CaseloadEntry entry) => entry with { Active = false };

    public static CaseloadEntry Apply(JourneyWithdrawn e, CaseloadEntry entry) => entry with { Active = false };
}
