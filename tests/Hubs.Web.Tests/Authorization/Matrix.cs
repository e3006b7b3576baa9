namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// Who may call what (src/DOMAIN-RULES.md's roles table), for every API endpoint of Hubs.Web. Columns, in order:
/// anonymous, own keyworker, other keyworker, allocated clinician, Hub colleague, other Hub's clinician,
/// hub lead, other Hub's lead, hub admin, commissioner, feed client. Writes carry a stale version, so a
/// caller who is let in gets 409 and nothing changes; one who may not see the journey gets 404; a clinician
/// of its Hub off their caseload gets 403 (break-glass) on reads and writes alike (Features/Journeys/Access).
/// </summary>
public static class Matrix
{
    private const string J = "/api/journeys/{id:guid}";
    private static readonly DateTimeOffset Later = DateTimeOffset.UtcNow.AddDays(3);

    public static readonly IReadOnlyList<MatrixEntry> Entries =
    [
        // Expected answers, one letter per caller in the order above: a k k c c c l L a C f
        new("POST", "/api/journeys", _ => "/api/journeys", _ => Referrals.Valid(), "UAAFFFFFFFF"),
        new("GET", $"{J}/screening", j => $"/api/journeys/{j.Id}/screening", _ => null, "UAHAFHAHFFF"),
        new(
            "POST",
            $"{J}/screening/answers",
            j => $"/api/journeys/{j.Id}/screening/answers",
            _ => new
            {
                source = "online",
                measure = "phq2",
                answers = new Dictionary<string, int> { ["phq2.1"] = 1, ["phq2.2"] = 1 },
            },
            "UAHAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/screening",
            j => $"/api/journeys/{j.Id}/screening",
            _ => new
            {
                phq9Total = 14,
                gad7Total = 12,
                risk = "none",
                takenBy = "keyworker",
            },
            "UAHAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/withdrawal",
            j => $"/api/journeys/{j.Id}/withdrawal",
            _ => new { reason = "Feeling better." },
            "UAHFFFFFFFF"
        ),
        new(
            "POST",
            $"{J}/triage",
            j => $"/api/journeys/{j.Id}/triage",
            _ => new { outcome = "assess", reason = "Fits the Hub's offer." },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/assessment",
            j => $"/api/journeys/{j.Id}/assessment",
            _ => new
            {
                intervention = "cbt",
                formulation = "F.",
                agreedPlan = "P.",
                phq9Total = 9,
                gad7Total = 9,
            },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/allocation",
            j => $"/api/journeys/{j.Id}/allocation",
            j => new { clinicianId = j.ClinicianId },
            "UFFFFFAHFFF"
        ),
        new(
            "POST",
            $"{J}/appointments",
            j => $"/api/journeys/{j.Id}/appointments",
            _ => new
            {
                purpose = "treatment",
                startsAt = Later,
                durationMinutes = 60,
                mode = "video",
                outOfHours = false,
            },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/appointments/{{appointmentId:guid}}/reschedule",
            j => $"/api/journeys/{j.Id}/appointments/{Guid.NewGuid()}/reschedule",
            _ => new
            {
                startsAt = Later.AddDays(1),
                mode = "in-person",
                outOfHours = true,
            },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/appointments/{{appointmentId:guid}}/cancellation",
            j => $"/api/journeys/{j.Id}/appointments/{Guid.NewGuid()}/cancellation",
            _ => new { by = "client", reason = "Shift changed." },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/appointments/{{appointmentId:guid}}/change-request",
            j => $"/api/journeys/{j.Id}/appointments/{Guid.NewGuid()}/change-request",
            _ => new { kind = "reschedule", reason = "Nights that week." },
            "UAHFFFFFFFF"
        ),
        new(
            "POST",
            $"{J}/appointments/{{appointmentId:guid}}/attendance",
            j => $"/api/journeys/{j.Id}/appointments/{Guid.NewGuid()}/attendance",
            _ => new { attended = true },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/sessions",
            j => $"/api/journeys/{j.Id}/sessions",
            _ => new
            {
                appointmentId = Guid.NewGuid(),
                phq9Total = 12,
                gad7Total = 10,
            },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/measures",
            j => $"/api/journeys/{j.Id}/measures",
            _ => new
            {
                measure = "isi",
                occasion = "review",
                answers = new Dictionary<string, int>
                {
                    ["isi.1"] = 1,
                    ["isi.2"] = 1,
                    ["isi.3"] = 1,
                    ["isi.4"] = 1,
                    ["isi.5"] = 1,
                    ["isi.6"] = 1,
                    ["isi.7"] = 1,
                },
            },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/risk-concerns",
            j => $"/api/journeys/{j.Id}/risk-concerns",
            _ => new
            {
                level = "urgent",
                source = "clinician-concern",
                note = "Said they had a plan.",
            },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/risk-assessments",
            j => $"/api/journeys/{j.Id}/risk-assessments",
            _ => new
            {
                level = "flag",
                riskFactors = "R.",
                protectiveFactors = "P.",
                plan = "Weekly calls.",
                reviewBy = DateOnly.FromDateTime(Later.UtcDateTime),
            },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/safety-plan",
            j => $"/api/journeys/{j.Id}/safety-plan",
            _ => new
            {
                warningSigns = "W.",
                copingStrategies = "C.",
                crisisLines = "116 123",
            },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/discharge",
            j => $"/api/journeys/{j.Id}/discharge",
            _ => new { reason = "completed", summary = "Goals met." },
            "UFFAFHAHFFF"
        ),
        new("GET", J, j => $"/api/journeys/{j.Id}", _ => null, "UFFAFHAHFFF"),
        new("GET", $"{J}/measures", j => $"/api/journeys/{j.Id}/measures", _ => null, "UFFAFHAHFFF"),
        new("GET", "/api/triage", _ => "/api/triage?hubId=north", _ => null, "UFFAAFAFFFF"),
        new("GET", "/api/waiting-list", _ => "/api/waiting-list?hubId=north", _ => null, "UFFAAFAFFFF"),
        // Staff search searches the caller's own Hub: another Hub's clinician or lead is let in and finds their own.
        new("POST", "/api/search", _ => "/api/search", _ => new { text = "Robin" }, "UFFAAAAAFFF"),
        // Another Hub's lead may ask for any clinician's caseload but gets only their own Hub's journeys (see below).
        new("GET", "/api/caseload", j => $"/api/caseload?clinicianId={j.ClinicianId}", _ => null, "UFFAFFAAFFF"),
        new(
            "POST",
            $"{J}/break-glass",
            j => $"/api/journeys/{j.Id}/break-glass",
            _ => new { reason = "Covering a risk call while the allocated clinician is on leave." },
            "UFFAAHAHFFF"
        ),
        new("GET", $"{J}/audit", j => $"/api/journeys/{j.Id}/audit", _ => null, "UFFFFFAHFFF"),
        new(
            "POST",
            "/api/team-activities",
            _ => "/api/team-activities",
            j => new
            {
                kind = "resilience-workshop",
                team = "Emergency department",
                startsAt = Later,
                durationMinutes = 120,
                facilitatorId = j.ClinicianId,
            },
            "UFFAAAAAFFF"
        ),
        new(
            "POST",
            "/api/team-activities/{id:guid}/held",
            j => $"/api/team-activities/{j.TeamActivityId}/held",
            _ => new { attendanceCount = 14 },
            "UFFAAHAHFFF"
        ),
        new(
            "POST",
            "/api/team-activities/{id:guid}/cancellation",
            j => $"/api/team-activities/{j.TeamActivityId}/cancellation",
            _ => new { },
            "UFFAAHAHFFF"
        ),
        new("GET", "/api/team-activities", _ => "/api/team-activities?hubId=north", _ => null, "UFFAAFAFFFF"),
        new(
            "POST",
            "/api/keyworker/journeys/{id:guid}/contact-preferences",
            j => $"/api/keyworker/journeys/{j.Id}/contact-preferences",
            _ => new
            {
                channels = new[] { "email" },
                safeTimes = new[] { "weekends" },
                voicemailOk = false,
                mayNameHub = false,
                remindersWanted = true,
            },
            "UAHFFFFFFFF"
        ),
        new("GET", $"{J}/contact", j => $"/api/journeys/{j.Id}/contact", _ => null, "UFFAFHAHFFF"),
        new("GET", $"{J}/messages", j => $"/api/journeys/{j.Id}/messages", _ => null, "UFFAFHAHFFF"),
        new(
            "POST",
            $"{J}/messages",
            j => $"/api/journeys/{j.Id}/messages",
            _ => new { text = "Are you free on Thursday?" },
            "UFFAFHAHFFF"
        ),
        new(
            "GET",
            "/api/keyworker/journeys/{id:guid}/messages",
            j => $"/api/keyworker/journeys/{j.Id}/messages",
            _ => null,
            "UAHFFFFFFFF"
        ),
        new(
            "POST",
            "/api/keyworker/journeys/{id:guid}/messages",
            j => $"/api/keyworker/journeys/{j.Id}/messages",
            _ => new { text = "Yes, Thursday is fine." },
            "UAHFFFFFFFF"
        ),
        // Evaluation (issue 19): experience and research contact are the keyworker's; themes and work the clinic's.
        new(
            "POST",
            $"{J}/experience",
            j => $"/api/journeys/{j.Id}/experience",
            _ => new { occasion = "assessment", overall = "good" },
            "UAHFFFFFFFF"
        ),
        new(
            "POST",
            $"{J}/research-consent",
            j => $"/api/journeys/{j.Id}/research-consent",
            _ => new { consent = true },
            "UAHFFFFFFFF"
        ),
        new(
            "POST",
            $"{J}/themes",
            j => $"/api/journeys/{j.Id}/themes",
            _ => new { themes = new[] { "burnout" } },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/work-outcomes",
            j => $"/api/journeys/{j.Id}/work-outcomes",
            _ => new
            {
                occasion = "assessment",
                sickDays = 3,
                status = "at-work",
                leaving = "no",
            },
            "UFFAFHAHFFF"
        ),
        // Onward referral and stepped care (issue 20): written like the other record forms.
        new(
            "POST",
            $"{J}/onward-referrals",
            j => $"/api/journeys/{j.Id}/onward-referrals",
            j => new
            {
                stage = "review",
                kind = "referral",
                serviceId = j.ServiceId,
                reason = "needs-specialist-care",
            },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/onward-referrals/{{referralId:guid}}/outcome",
            j => $"/api/journeys/{j.Id}/onward-referrals/{Guid.NewGuid()}/outcome",
            _ => new { outcome = "accepted" },
            "UFFAFHAHFFF"
        ),
        new(
            "POST",
            $"{J}/steps",
            j => $"/api/journeys/{j.Id}/steps",
            _ => new
            {
                to = "emdr",
                reason = "not-improving",
                reassessment = "No change.",
            },
            "UFFAFHAHFFF"
        ),
        // The service directory: the hub admin's own Hub only (another Hub's admin: ServiceDirectoryApiTests).
        new(
            "POST",
            "/api/service-directory",
            _ => "/api/service-directory",
            _ => new
            {
                kind = "gp",
                name = "Riverside Surgery",
                howToRefer = "The keyworker books.",
            },
            "UFFFFFFFAFF"
        ),
        new("GET", "/api/service-directory", _ => "/api/service-directory", _ => null, "UFFFFFFFAFF"),
        new(
            "GET",
            "/api/service-directory/{id:guid}",
            j => $"/api/service-directory/{j.ServiceId}",
            _ => null,
            "UFFFFFFFAFF"
        ),
        new(
            "POST",
            "/api/service-directory/{id:guid}/details",
            j => $"/api/service-directory/{j.ServiceId}/details",
            _ => new
            {
                kind = "gp",
                name = "Riverside Surgery",
                howToRefer = "The keyworker books.",
            },
            "UFFFFFFFAFF"
        ),
        new(
            "POST",
            "/api/service-directory/{id:guid}/archive",
            j => $"/api/service-directory/{j.ServiceId}/archive",
            _ => new { },
            "UFFFFFFFAFF"
        ),
        // The clinician directory (issue 20): own profile first (the allocated clinician's is made by their call).
        new("GET", "/api/my/clinician-profile", _ => "/api/my/clinician-profile", _ => null, "UFFAAAHHFFF"),
        new(
            "PUT",
            "/api/my/clinician-profile",
            _ => "/api/my/clinician-profile",
            _ => new { name = "Sam Field", languages = new[] { "English" } },
            "UFFAAAHHFFF"
        ),
        new("GET", "/api/hub-admin/clinicians", _ => "/api/hub-admin/clinicians", _ => null, "UFFFFFFFAFF"),
        new(
            "GET",
            "/api/hub-admin/clinicians/{id:guid}",
            j => $"/api/hub-admin/clinicians/{j.ClinicianId}",
            _ => null,
            "UFFFFFFFAFF"
        ),
        new(
            "PUT",
            "/api/hub-admin/clinicians/{id:guid}",
            j => $"/api/hub-admin/clinicians/{j.ClinicianId}",
            _ => new { name = "Sam Field", modes = new[] { "video" } },
            "UFFFFFFFAFF"
        ),
        // Issue 20: the hub admin's own Hub's self-help library (another Hub's entry, or none, is 404).
        new("GET", "/api/hub-admin/self-help", _ => "/api/hub-admin/self-help", _ => null, "UFFFFFFFAFF"),
        new(
            "POST",
            "/api/hub-admin/self-help",
            _ => "/api/hub-admin/self-help",
            _ => new
            {
                title = "Sleep",
                summary = "Plain words.",
                link = "https://www.nhs.uk/",
            },
            "UFFFFFFFAFF"
        ),
        new(
            "DELETE",
            "/api/hub-admin/self-help/{id:guid}",
            j => $"/api/hub-admin/self-help/{j.Id}",
            _ => null,
            "UFFFFFFFHFF"
        ),
        .. AdverseEventMatrixRows.Entries,
        .. GroupSeriesMatrixRows.Entries,
        .. GroupWorkMatrixRows.Entries,
        .. WorkshopMatrixRows.Entries,
        // Last: it destroys the keyworker's data key (the journey's facts stay, so nothing above changes).
        new(
            "POST",
            $"{J}/shredding",
            j => $"/api/journeys/{j.Id}/shredding",
            _ => new { ground = "kept-without-need" },
            "UFFFFFAHFFF"
        ),
    ];
}
