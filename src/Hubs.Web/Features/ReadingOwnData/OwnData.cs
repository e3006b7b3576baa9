using Hubs.Web.Features.Contact.ExchangingMessages;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.ReadingOwnData;

/// <summary>
/// Everything one journey holds about its keyworker, unsealed, for them alone ("download my data"): what they
/// told us, their answers, where the referral is, their appointments, requests and messages.
/// </summary>
public sealed record OwnData(
    Guid ReferenceId,
    string HubId,
    DateTimeOffset ReferredAt,
    string Status,
    PersonalDetails? AboutYou,
    Consents Consents,
    ContactPreferences? ContactPreferences,
    IReadOnlyList<OwnAnswers> ScreeningAnswers,
    IReadOnlyList<OwnAppointment> Appointments,
    IReadOnlyList<OwnRequest> Requests,
    IReadOnlyList<OwnHistoryEntry> History,
    IReadOnlyList<OwnMessage> Messages
)
{
    /// <summary>
    /// Clinicians' notes and risk assessments are not in the self-service copy: under a subject access request
    /// a clinician first checks that releasing them would not cause serious harm (UK GDPR / DPA 2018), so the
    /// keyworker asks the Hub for them.
    /// </summary>
    public string NotIncluded { get; init; } = NotIncludedText;

    /// <summary>
    /// How they said they would like support (mode, out-of-hours times, wishes about their clinician).
    /// </summary>
    public SupportPreferences? SupportPreferences { get; init; }

    /// <summary>
    /// Every questionnaire result, at screening and after: total, result in words and the answers where kept.
    /// </summary>
    public IReadOnlyList<OwnResult> Results { get; init; } = [];

    /// <summary>The safety plan written with the keyworker: theirs, so it is in their copy.</summary>
    public OwnSafetyPlan? SafetyPlan { get; init; }

    public const string NotIncludedText =
        "Clinicians' notes and risk assessments are not in this copy. To see them, ask "
        + "the Hub: a clinician reads them with you or sends you a copy within one month.";
}

public sealed record OwnSafetyPlan(DateTimeOffset AgreedAt, Journeys.Events.SafetyPlan Plan);

/// <summary>One questionnaire's answers, by question, as last saved.</summary>
public sealed record OwnAnswers(string Questionnaire, DateTimeOffset SavedAt, IReadOnlyDictionary<string, int> Answers);

/// <summary>One questionnaire's result; <paramref name="Answers"/> is null where only the total was recorded.</summary>
public sealed record OwnResult(
    string Questionnaire,
    string Occasion,
    DateTimeOffset At,
    int Total,
    string Result,
    IReadOnlyDictionary<string, int>? Answers
);

public sealed record OwnAppointment(
    DateTimeOffset StartsAt,
    int DurationMinutes,
    string Kind,
    string Mode,
    string State,
    string? ChangeRequested
);

/// <summary>Something the keyworker asked for, in their own words when they gave any.</summary>
public sealed record OwnRequest(DateTimeOffset At, string What, string? Reason);

public sealed record OwnHistoryEntry(DateTimeOffset At, string What);

public sealed record OwnMessage(DateTimeOffset SentAt, string From, string? Text);
