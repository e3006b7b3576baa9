using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.AllocatingClinician;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// Allocation suggestions (a pure function): the characteristics a keyworker ticked count as well as their words,
/// each suggestion says why, and a background the clinician did not agree to share is never used.
/// </summary>
public class ClinicianMatchingTests
{
    private static readonly DateTimeOffset Agreed = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly ClinicianProfile Marta = new(Guid.NewGuid(), "north", "Marta")
    {
        Gender = "Woman",
        Modes = ["in-person", "video"],
        Languages = ["English", "Polish"],
        Specialisms = ["trauma"],
        WorkingPattern = [new(DayOfWeek.Tuesday, new(17, 0), new(20, 0)), new(DayOfWeek.Monday, new(9, 0), new(17, 0))],
    };

    private static readonly ClinicianProfile Tom = new(Guid.NewGuid(), "north", "Tom")
    {
        Gender = "Man",
        Modes = ["in-person", "video"],
        Languages = ["English"],
        CulturalBackground = "Polish",
    };

    private static IReadOnlyList<ClinicianSuggestion> Rank(SupportWishes wishes, params ClinicianProfile[] who) =>
        ClinicianMatching.Rank(wishes, who, new Dictionary<Guid, int>());

    [Fact]
    public void A_suggestion_says_why_in_one_line_language_out_of_hours_days_and_specialism()
    {
        var wishes = new SupportWishes(["video"], ["late"], ["language"], "Polish please; it is about trauma at work");

        var top = Rank(wishes, Tom, Marta)[0];

        Assert.Equal("Marta", top.Clinician.Name);
        Assert.Equal("Works by video · Out of hours on Tuesdays · Speaks Polish · Trauma specialism", top.Why);
    }

    [Fact]
    public void A_ticked_characteristic_counts_more_than_the_same_words_unticked()
    {
        var words = "I would like to speak Polish";

        var ticked = Rank(new SupportWishes([], [], ["language"], words), Marta)[0];
        var unticked = Rank(new SupportWishes([], [], [], words), Marta)[0];

        Assert.Equal(4, ticked.Score);
        Assert.Equal(2, unticked.Score);
        Assert.Equal("Speaks Polish", unticked.Why);
    }

    [Fact]
    public void A_background_the_clinician_did_not_agree_to_share_is_not_used_one_they_agreed_to_is()
    {
        var wishes = new SupportWishes([], [], ["culture"], "Someone with a Polish background");

        Assert.Equal(0, Rank(wishes, Tom)[0].Score);
        Assert.Contains("Shared background asked for: not matched", Rank(wishes, Tom)[0].Gaps);

        var agreed = Rank(wishes, Tom with { CulturalBackgroundAgreedAt = Agreed })[0];
        Assert.Equal(4, agreed.Score);
        Assert.Equal("Background: Polish", agreed.Why);
    }

    [Fact]
    public void Gender_is_matched_on_whole_words_so_a_woman_asked_for_is_not_a_man()
    {
        var wishes = new SupportWishes([], [], ["gender"], "I would prefer a woman");

        var ranked = Rank(wishes, Tom, Marta);

        Assert.Equal("Marta", ranked[0].Clinician.Name);
        Assert.Contains("Gender: Woman", ranked[0].Matches);
        Assert.Equal(0, ranked[1].Score);
    }

    [Fact]
    public void Out_of_hours_comes_from_the_working_pattern_and_an_unmet_time_is_a_gap()
    {
        var wishes = new SupportWishes([], ["late", "weekend"], [], null);

        var marta = Rank(wishes, Marta)[0];

        Assert.Equal(2, marta.Score);
        Assert.Equal(["Out of hours on Tuesdays"], marta.Matches);
        Assert.Equal(["Not available at weekends"], marta.Gaps);
    }

    [Fact]
    public void Wishes_met_compares_only_the_ticked_characteristics_with_the_allocated_clinician()
    {
        var both = new SupportWishes(["video"], ["late"], ["language", "gender"], "A woman who speaks Polish");

        Assert.Equal(AllocationWishes.Met, ClinicianMatching.WishesMet(both, Marta));
        Assert.Equal(AllocationWishes.PartlyMet, ClinicianMatching.WishesMet(both with { Details = "Polish" }, Marta));
        Assert.Equal(AllocationWishes.NotMet, ClinicianMatching.WishesMet(both, Tom));
        Assert.Equal(AllocationWishes.NotMet, ClinicianMatching.WishesMet(both, null));
        // Words alone, modes and out-of-hours times are not characteristics the keyworker ticked.
        Assert.Equal(AllocationWishes.NoneStated, ClinicianMatching.WishesMet(both with { Characteristics = [] }, Tom));
    }
}
