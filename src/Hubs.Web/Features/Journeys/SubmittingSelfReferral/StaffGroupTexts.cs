namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>Staff groups in words a person recognises from their own job.</summary>
internal static class StaffGroupTexts
{
    public static readonly IReadOnlyList<(StaffGroup Group, string Text)> All =
    [
        (StaffGroup.Nursing, "Nursing or midwifery"),
        (StaffGroup.Medical, "Doctor or dentist"),
        (StaffGroup.AlliedHealth, "Allied health professional, such as a physiotherapist or paramedic"),
        (StaffGroup.HealthcareSupport, "Healthcare support worker"),
        (StaffGroup.Ambulance, "Ambulance crew or control room"),
        (StaffGroup.SocialWork, "Social worker"),
        (StaffGroup.CareWorker, "Care worker"),
        (StaffGroup.PoliceOfficer, "Police officer"),
        (StaffGroup.PoliceStaff, "Police staff"),
        (StaffGroup.Firefighter, "Firefighter"),
        (StaffGroup.FireStaff, "Fire and rescue staff"),
        (StaffGroup.AdministrativeAndClerical, "Administrative or clerical"),
        (StaffGroup.EstatesAndAncillary, "Estates, cleaning, catering or porter"),
        (StaffGroup.Management, "Manager"),
        (StaffGroup.Other, "Something else"),
    ];
}
