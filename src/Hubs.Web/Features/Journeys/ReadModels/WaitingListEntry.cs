using Hubs.Web.Features.Journeys.Events;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReadModels;

public enum WaitingFor
{
    Assessment,
    Treatment,
}

/// <summary>
/// A journey waiting in its Hub: from triage to "assess" until the first attended treatment
/// appointment (or an ending). Days waited count from the referral's submission (src/DOMAIN-RULES.md).
/// </summary>
public sealed record WaitingListEntry(Guid Id, string HubId, DateTimeOffset SubmittedAt)
{
    public WaitingFor? WaitingFor { get; init; }

    public Guid? ClinicianId { get; init; }

    public IReadOnlyList<Guid> TreatmentAppointments { get; init; } = [];

    public bool OnList => WaitingFor is not null;
}

public sealed class WaitingListProjection : SingleStreamProjection<WaitingListEntry, Guid>
{
    public static WaitingListEntry Create(SelfReferralSubmitted e) => new(e.JourneyId, e.HubId, e.SubmittedAt);

    public static WaitingListEntry Apply(ReferralTriaged e, WaitingListEntry entry) =>
        entry with
        {
            WaitingFor = e.Outcome == TriageOutcome.Assess ? Journeys.ReadModels.WaitingFor.Assessment : null,
        };

    public static WaitingListEntry Apply(AssessmentCompleted e, WaitingListEntry entry) =>
        entry with
        {
            WaitingFor = Journeys.ReadModels.WaitingFor.Treatment,
        };

    public static WaitingListEntry Apply(ClinicianAllocated e, WaitingListEntry entry) =>
        entry with
        {
            ClinicianId = e.ClinicianId,
        };

    public static WaitingListEntry Apply(AppointmentBooked e, WaitingListEntry entry) =>
        e.Purpose == AppointmentPurpose.Treatment
            ? entry with
            {
                TreatmentAppointments = [.. entry.TreatmentAppointments, e.AppointmentId],
            }
            : entry;

    public static WaitingListEntry Apply(AppointmentAttended e, WaitingListEntry entry) =>
        entry.TreatmentAppointments.Contains(e.AppointmentId) ? entry with { WaitingFor = null } : entry;

    public static WaitingListEntry Apply(ClientDischarged e, WaitingListEntry entry) =>
        entry with
        {
            WaitingFor = null,
        };

    public static WaitingListEntry Apply(JourneyWithdrawn e, WaitingListEntry entry) =>
        entry with
        {
            WaitingFor = null,
        };
}
