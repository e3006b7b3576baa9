using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Keyworker;

/// <summary>Where a referral came from and the waiting-well check-in, in the keyworker's words (issue 20).</summary>
public static partial class KeyworkerWords
{
    public static string Of(ReferralSource source) =>
        source switch
        {
            ReferralSource.Colleague => "A colleague",
            ReferralSource.Manager => "My manager",
            ReferralSource.OccupationalHealth => "Occupational health",
            ReferralSource.HubOutreach => "A Hub talk or outreach visit",
            ReferralSource.GroupSession => "A group session",
            ReferralSource.Gp => "My GP",
            ReferralSource.Online => "Online",
            ReferralSource.Other => "Somewhere else",
            _ => throw Unnamed(source),
        };

    /// <summary>Every answer to "how did you hear about the Hub", posted by its enum name.</summary>
    public static IReadOnlyList<Choice> HeardFromChoices { get; } =
    [.. Enum.GetValues<ReferralSource>().Select(v => new Choice(v.ToString(), Of(v)))];

    public static string HeardFromText(ReferralSource? source) => source is { } s ? Of(s) : "Not given";

    public static string Of(Coping coping) =>
        coping switch
        {
            Coping.Better => "Better",
            Coping.Same => "About the same",
            Coping.Worse => "Worse",
            _ => throw Unnamed(coping),
        };

    public static IReadOnlyList<Choice> CopingChoices { get; } =
    [.. Enum.GetValues<Coping>().Select(v => new Choice(v.ToString(), Of(v)))];
}
