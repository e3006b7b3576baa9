
namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>The clinician's words for the check-in answers and where a referral came from (issue 20).</summary>
public static class ClinicWaitingWords
{
    public static string Of(Coping coping) =>
        coping switch
        {
            Coping.Better => "Coping better than at referral",
            Coping.Same => "Coping about the same as at referral",
            Coping.Worse => "Feeling worse than at referral",
            _ => throw new ArgumentOutOfRangeException(nameof(coping), coping, "No clinic words for this answer."),
        };

    public static string Of(ReferralSource source) =>
        source switch
        {
            ReferralSource.Colleague => "A colleague",
            ReferralSource.Manager => "Their manager",
            ReferralSource.OccupationalHealth => "Occupational health",
            ReferralSource.HubOutreach => "A Hub talk or outreach visit",
            ReferralSource.GroupSession => "A group session",
            ReferralSource.Gp => "Their GP",
            ReferralSource.Online => "Online",
            ReferralSource.Other => "Somewhere else",
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "No clinic words for this source."),
        };

    public static string Of(ReferralChannel channel) =>
        channel switch
        {
            ReferralChannel.Online => "Online, by the keyworker",
            ReferralChannel.Phone => "By phone, taken by Hub staff",
            _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "No clinic words for this channel."),
        };

    public static string HeardFrom(ReferralSource? source) => source is { } s ? Of(s) : "Not given";

    /// <summary>The marker on staff lists: worse, asked to be contacted sooner, or both.</summary>
    public static string? Marker(Coping? coping, bool contactSooner) =>
        (coping, contactSooner) switch
        {
            (Coping.Worse, true) => "Feeling worse; asked to be contacted sooner",
            (Coping.Worse, false) => "Feeling worse",
            (_, true) => "Asked to be contacted sooner",
            _ => null,
        };
}
