namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// Who may open which page (src/DOMAIN-RULES.md's roles table and Features/Journeys/Access), for every page of
/// Hubs.Web, in
/// <see cref="Caller"/> order: anonymous, own keyworker, other keyworker, allocated clinician, Hub colleague,
/// other Hub's clinician, hub lead, other Hub's lead, hub admin, commissioner, feed client (see
/// <see cref="PageAccess"/>). Referral and screening pages are reached by an unguessable draft id (a capability), not
/// by sign-in.
/// </summary>
public static class PageMatrix
{
    private const string J = "/clinic/journeys/{id:guid}";
    private const string My = "/my/journeys/{journeyId:guid}";

    public static readonly IReadOnlyList<(string Route, Func<MatrixJourney, string> Path, string Expected)> Entries =
    [
        //                                                                                                   akkccclLaCf
        ("/", _ => "/", "AAAAAAAAAAA"),
        ("/clinic", _ => "/clinic", "UFFAAAAAFFF"),
        ("/clinic/audit", _ => "/clinic/audit", "UFFFFFAAFFF"),
        ("/clinic/caseload", _ => "/clinic/caseload", "UFFAAAAAFFF"),
        ("/clinic/diary", _ => "/clinic/diary", "UFFAAAAAFFF"),
        ("/clinic/hub", _ => "/clinic/hub", "UFFFFFAAFFF"),
        ("/clinic/search", _ => "/clinic/search", "UFFAAAAAFFF"),
        ("/clinic/team", _ => "/clinic/team", "UFFAAAAAFFF"),
        ("/clinic/team/{id:guid}", j => $"/clinic/team/{j.TeamActivityId}", "UFFAAHAHFFF"),
        ("/clinic/triage", _ => "/clinic/triage", "UFFAAAAAFFF"),
        (J, j => $"/clinic/journeys/{j.Id}", "UFFABHAHFFF"),
        ($"{J}/allocation", j => $"/clinic/journeys/{j.Id}/allocation", "UFFFFFAHFFF"),
        (
            $"{J}/appointments/{{appointmentId:guid}}",
            j => $"/clinic/journeys/{j.Id}/appointments/{j.AppointmentId}",
            "UFFABHAHFFF"
        ),
        ($"{J}/appointments/new", j => $"/clinic/journeys/{j.Id}/appointments/new", "UFFABHAHFFF"),
        ($"{J}/assessment", j => $"/clinic/journeys/{j.Id}/assessment", "UFFABHAHFFF"),
        ($"{J}/contact-attempts/new", j => $"/clinic/journeys/{j.Id}/contact-attempts/new", "UFFABHAHFFF"),
        ($"{J}/break-glass", j => $"/clinic/journeys/{j.Id}/break-glass", "UFFAAHAHFFF"),
        ($"{J}/discharge", j => $"/clinic/journeys/{j.Id}/discharge", "UFFABHAHFFF"),
        ($"{J}/measures/{{measure}}", j => $"/clinic/journeys/{j.Id}/measures/isi", "UFFABHAHFFF"),
        ($"{J}/risk/assessment", j => $"/clinic/journeys/{j.Id}/risk/assessment", "UFFABHAHFFF"),
        ($"{J}/risk/concern", j => $"/clinic/journeys/{j.Id}/risk/concern", "UFFABHAHFFF"),
        ($"{J}/risk/safety-plan", j => $"/clinic/journeys/{j.Id}/risk/safety-plan", "UFFABHAHFFF"),
        ($"{J}/screening", j => $"/clinic/journeys/{j.Id}/screening", "UFFABHAHFFF"),
        ($"{J}/sessions/new", j => $"/clinic/journeys/{j.Id}/sessions/new", "UFFABHAHFFF"),
        ($"{J}/triage", j => $"/clinic/journeys/{j.Id}/triage", "UFFABHAHFFF"),
        ("/clinic/journeys/{journeyId:guid}/messages", j => $"/clinic/journeys/{j.Id}/messages", "UFFAHHAHFFF"),
        ("/error/{code:int?}", _ => "/error/404", "HHHHHHHHHHH"), // the error page answers with the status it describes
        ("/hub-admin/settings", _ => "/hub-admin/settings", "UFFFFFFFAFF"),
        ("/hub-admin/services", _ => "/hub-admin/services", "UFFFFFFFAFF"),
        ("/hub-admin/services/new", _ => "/hub-admin/services/new", "UFFFFFFFAFF"),
        ("/hub-admin/services/{id:guid}", j => $"/hub-admin/services/{j.ServiceId}", "UFFFFFFFAFF"),
        ($"{J}/onward-referrals/new", j => $"/clinic/journeys/{j.Id}/onward-referrals/new", "UFFABHAHFFF"),
        ($"{J}/steps/new", j => $"/clinic/journeys/{j.Id}/steps/new", "UFFABHAHFFF"),
        (
            $"{J}/onward-referrals/{{referralId:guid}}/outcome",
            j => $"/clinic/journeys/{j.Id}/onward-referrals/{j.ServiceId}/outcome",
            "UFFABHAHFFF"
        ),
        ("/my", _ => "/my", "UAAFFFFFFFF"),
        ($"{My}/messages", j => $"/my/journeys/{j.Id}/messages", "UAHFFFFFFFF"),
        ($"{My}/contact", j => $"/my/journeys/{j.Id}/contact", "UAHFFFFFFFF"),
        (
            $"{My}/appointments/{{appointmentId:guid}}/change",
            j => $"/my/journeys/{j.Id}/appointments/{j.AppointmentId}/change",
            "UAHFFFFFFFF"
        ),
        ($"{My}/withdraw", j => $"/my/journeys/{j.Id}/withdraw", "UAHFFFFFFFF"),
        ($"{My}/safety-plan/{{handler?}}", j => $"/my/journeys/{j.Id}/safety-plan", "UAHFFFFFFFF"),
        ($"{My}/your-data/{{handler?}}", j => $"/my/journeys/{j.Id}/your-data", "UAHFFFFFFFF"),
        // Evaluation (issue 19).
        ($"{J}/themes", j => $"/clinic/journeys/{j.Id}/themes", "UFFABHAHFFF"),
        ($"{J}/work-outcomes/{{occasion}}", j => $"/clinic/journeys/{j.Id}/work-outcomes/discharge", "UFFABHAHFFF"),
        ($"{My}/experience/{{occasion}}", j => $"/my/journeys/{j.Id}/experience/assessment", "UAHFFFFFFFF"),
        ($"{My}/research-contact", j => $"/my/journeys/{j.Id}/research-contact", "UAHFFFFFFFF"),
        ("/clinic/team/{id:guid}/rating", j => $"/clinic/team/{j.TeamActivityId}/rating", "UFFAAHAHFFF"),
        // The rating form is reached by its session's code (a capability), not by sign-in: no such code, no page.
        ("/rate/{code}", j => $"/rate/{j.Id:N}", "HHHHHHHHHHH"),
        ("/refer/start", _ => "/refer/start", "XXXXXXXXXXX"), // starts a draft and goes to its first step
        ("/refer/expired", _ => "/refer/expired", "AAAAAAAAAAA"),
        ("/refer/{draftId:guid}/about-you", j => $"/refer/{j.Id}/about-you", "XXXXXXXXXXX"),
        ("/refer/{draftId:guid}/account", j => $"/refer/{j.Id}/account", "XXXXXXXXXXX"),
        ("/refer/{draftId:guid}/check", j => $"/refer/{j.Id}/check", "XXXXXXXXXXX"),
        ("/refer/{draftId:guid}/consent", j => $"/refer/{j.Id}/consent", "XXXXXXXXXXX"),
        ("/refer/{draftId:guid}/contact", j => $"/refer/{j.Id}/contact", "XXXXXXXXXXX"),
        ("/refer/{draftId:guid}/about-yourself", j => $"/refer/{j.Id}/about-yourself", "XXXXXXXXXXX"),
        ("/refer/{draftId:guid}/help", j => $"/refer/{j.Id}/help", "XXXXXXXXXXX"),
        ("/refer/{draftId:guid}/support", j => $"/refer/{j.Id}/support", "XXXXXXXXXXX"),
        ("/refer/{draftId:guid}/your-work", j => $"/refer/{j.Id}/your-work", "XXXXXXXXXXX"),
        // Pages that read the screening draft (reference, timescale, contact choices): no such draft, no page.
        ("/refer/sent/{screeningId:guid}", j => $"/refer/sent/{j.Id}", "HHHHHHHHHHH"),
        ("/screening/{screeningId:guid}", j => $"/screening/{j.Id}", "HHHHHHHHHHH"),
        ("/screening/{screeningId:guid}/by-phone", j => $"/screening/{j.Id}/by-phone", "HHHHHHHHHHH"),
        // Static pages that show nothing from the store, whatever the id.
        ("/screening/{screeningId:guid}/saved", j => $"/screening/{j.Id}/saved", "AAAAAAAAAAA"),
        ("/screening/{screeningId:guid}/support", j => $"/screening/{j.Id}/support", "AAAAAAAAAAA"),
        // The keyworker's questions before a session: theirs alone (another keyworker 404, staff and others 403).
        (
            $"{My}/appointments/{{appointmentId:guid}}/questions",
            j => $"/my/journeys/{j.Id}/appointments/{j.AppointmentId}/questions",
            "UAHFFFFFFFF"
        ),
        // The clinician directory (issue 20): a clinician's own profile (made on first visit, so the allocated
        // clinician's exists for the admin's rows after it); a lead who is not a clinician has none.
        ("/clinic/profile", _ => "/clinic/profile", "UFFAAAHHFFF"),
        ("/hub-admin/clinicians", _ => "/hub-admin/clinicians", "UFFFFFFFAFF"),
        ("/hub-admin/clinicians/{id:guid}", j => $"/hub-admin/clinicians/{j.ClinicianId}", "UFFFFFFFAFF"),
        // Issue 20, while waiting and referrals by phone. Anyone may see the claim form: the code is the capability.
        ("/hub-admin/self-help", _ => "/hub-admin/self-help", "UFFFFFFFAFF"),
        ($"{My}/check-in", j => $"/my/journeys/{j.Id}/check-in", "UAHFFFFFFFF"),
        ("/clinic/referrals/by-phone", _ => "/clinic/referrals/by-phone", "UFFAAAAAFFF"),
        ($"{J}/claim-code", j => $"/clinic/journeys/{j.Id}/claim-code", "UFFABHAHFFF"),
        ("/claim", _ => "/claim", "AAAAAAAAAAA"),
        // The Hub chooser: every staff member of a Hub (their own Hubs only), never keyworkers or commissioners.
        ("/choose-hub", _ => "/choose-hub", "UFFAAAAAAFF"),
        .. AdverseEventMatrixRows.Pages,
        .. GroupSeriesMatrixRows.Pages,
        .. GroupWorkMatrixRows.Pages,
        .. WorkshopMatrixRows.Pages,
    ];
}
