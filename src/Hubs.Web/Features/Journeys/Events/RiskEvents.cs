using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// A clinician raised a concern about risk, from what they saw or heard or from something the keyworker said in a
/// message (<paramref name="MessageId"/>). The note is free text about the person, so it is sealed.
/// </summary>
public sealed record RiskConcernRaised(
    Guid JourneyId,
    DateTimeOffset RaisedAt,
    Guid ClinicianId,
    RiskSource Source,
    RiskLevel Level,
    Personal<string> Note,
    Guid? MessageId = null
) : IJourneyEvent;

/// <summary>
/// A structured risk assessment. The level becomes the journey's current risk (a later signal raises it again);
/// factors and plan are clinical free text, sealed together.
/// </summary>
public sealed record RiskAssessmentRecorded(
    Guid JourneyId,
    DateTimeOffset AssessedAt,
    Guid ClinicianId,
    RiskLevel Level,
    DateOnly ReviewBy,
    Personal<RiskFormulation> Formulation
) : IJourneyEvent;

public sealed record RiskFormulation(string RiskFactors, string ProtectiveFactors, string Plan);

/// <summary>
/// A safety plan agreed with the keyworker (theirs to read and download); each section is their own words.
/// </summary>
public sealed record SafetyPlanAgreed(
    Guid JourneyId,
    DateTimeOffset AgreedAt,
    Guid ClinicianId,
    Personal<SafetyPlan> Plan
) : IJourneyEvent;

/// <summary>The sections of a safety plan (after Stanley and Brown's safety planning intervention).</summary>
public sealed record SafetyPlan(
    string WarningSigns,
    string CopingStrategies,
    string PeopleAndPlaces,
    string ProfessionalContacts,
    string CrisisLines,
    string SafeEnvironment
);
