using Hubs.Web.Features.Consultations;
using Hubs.Web.Features.Outreach;
using JasperFx.Events;
using Published = Hubs.Contracts.HubWork;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Consultations and outreach: codes only (advice area, about a team or one person, organisation type and sector;
/// outreach's kind and head count), in the week and month of the day they took place. Never a name of anyone, a team
/// or an organisation.
/// </summary>
public sealed partial class MilestoneMapper
{
    private Published.ConsultationRecorded? MapConsultation(IEvent recorded, Consultation consultation)
    {
        var step = recorded.Data switch
        {
            ConsultationRecorded => Published.HubWorkCodes.Recorded,
            ConsultationFollowedByTeamSession => Published.HubWorkCodes.TeamSessionFollowed,
            _ => null,
        };
        if (step is null)
        {
            return null;
        }

        var (week, month) = CoarseCalendar.Of(consultation.HeldOn);
        return new Published.ConsultationRecorded(
            pseudonymiser.KeyOf("consultation:", consultation.Id),
            consultation.HubId,
            recorded.Version,
            week,
            month,
            step,
            CategoryCodes.Code(consultation.AdviceArea),
            CategoryCodes.Code(consultation.About),
            CategoryCodes.Code(consultation.OrganisationType),
            CategoryCodes.Code(consultation.Sector)
        );
    }

    private Published.OutreachRecorded MapOutreach(IEvent recorded, OutreachContact outreach)
    {
        var (week, month) = CoarseCalendar.Of(outreach.HeldOn);
        return new Published.OutreachRecorded(
            pseudonymiser.KeyOf("outreach:", outreach.Id),
            outreach.HubId,
            recorded.Version,
            week,
            month,
            CategoryCodes.Code(outreach.Kind),
            CategoryCodes.Code(outreach.OrganisationType),
            CategoryCodes.Code(outreach.Sector),
            outreach.Attendees
        );
    }
}

/// <summary>A consultation recorded, and the team session that followed it.</summary>
internal static class ConsultationMilestones
{
    public static readonly EventTypes Types = new(
        typeof(ConsultationRecorded),
        typeof(ConsultationFollowedByTeamSession)
    );
}

/// <summary>An outreach contact recorded.</summary>
internal static class OutreachMilestones
{
    public static readonly EventTypes Types = new(typeof(OutreachRecorded));
}
