using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>A journey on a clinician's caseload: allocated and not yet ended (<see cref="Active"/>).</summary>
public sealed record CaseloadEntry(Guid Id, string HubId, DateTimeOffset SubmittedAt)
{
    public Guid? ClinicianId { get; init; }

    public InterventionType? Intervention { get; init; }

    public int SessionsRecorded { get; init; }

    public int? LastPhq9 { get; init; }

    public int? LastGad7 { get; init; }

    public bool Active { get; init; }
}

/// <summary>
/// A journey has an entry from the first of these events (its assessment, as a rule): before then it is on nobody's
/// caseload, and a referral writes no empty entry (<see cref="AfterReferralProjection{TDocument}"/>).
/// </summary>
public sealed class CaseloadProjection : AfterReferralProjection<CaseloadEntry>
{
    public CaseloadProjection()
    {
        IncludeType<AssessmentCompleted>();
        IncludeType<ClinicianAllocated>();
        IncludeType<TreatmentSessionRecorded>();
        IncludeType<ClientDischarged>();
        IncludeType<JourneyWithdrawn>();
    }

    protected override CaseloadEntry Begun(Guid journeyId, JourneyOrigin origin) =>
        new(journeyId, origin.HubId, origin.SubmittedAt);

    protected override CaseloadEntry Evolved(CaseloadEntry document, object e) =>
        e switch
        {
            AssessmentCompleted assessed => document with
            {
                Intervention = assessed.Intervention,
                LastPhq9 = assessed.Phq9Total,
                LastGad7 = assessed.Gad7Total,
            },
            ClinicianAllocated allocated => document with { ClinicianId = allocated.ClinicianId, Active = true },
            TreatmentSessionRecorded session => document with
            {
                SessionsRecorded = document.SessionsRecorded + 1,
                LastPhq9 = session.Phq9Total,
                LastGad7 = session.Gad7Total,
            },
            ClientDischarged or JourneyWithdrawn => document with { Active = false },
            _ => document,
        };
}
