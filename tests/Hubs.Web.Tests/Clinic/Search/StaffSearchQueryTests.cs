using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Searching;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// What the search form's input means, and which input is refused with a form error (issue 17, search).
/// </summary>
public class StaffSearchQueryTests
{
    [Theory]
    [InlineData("7f3a-9c21", SearchKind.Reference, "7F3A-9C21")]
    [InlineData("Ref 7F3A9C21", SearchKind.Reference, "7F3A-9C21")]
    [InlineData(" Sam.Jones@Example.org ", SearchKind.Email, "sam.jones@example.org")]
    [InlineData("zoe quill", SearchKind.Name, "zoe quill")]
    public void The_text_box_is_read_as_a_reference_an_email_or_a_name(string typed, SearchKind kind, string text)
    {
        var (query, error) = StaffSearchQuery.Read(typed, null, null, null);
        Assert.Null(error);
        Assert.Equal(new StaffSearchQuery(kind, text, null), query);
    }

    [Theory]
    [InlineData("", "", "", "", "Q")]
    [InlineData("   ", null, null, null, "Q")]
    [InlineData("a", null, null, null, "Q")]
    [InlineData("jo", null, null, null, "Q")]
    [InlineData("Jo Li", null, null, null, "Q")]
    [InlineData("sam\u0000\u001b", null, null, null, "Q")]
    [InlineData(null, "31", "2", "1990", "Born")]
    [InlineData(null, "1", "1", "3000", "Born")]
    [InlineData(null, "1", "", "1990", "Born")]
    public void Empty_tiny_hostile_and_impossible_input_is_a_form_error(
        string? text,
        string? day,
        string? month,
        string? year,
        string field
    )
    {
        var (query, error) = StaffSearchQuery.Read(text, day, month, year);
        Assert.Null(query);
        Assert.Equal(field, error?.Field);
    }

    [Fact]
    public void Ten_thousand_characters_are_a_form_error()
    {
        Assert.Equal(
            "Enter at most 100 letters, digits or punctuation marks.",
            StaffSearchQuery.Read(new string('x', 10_000), null, null, null).Error?.Message
        );
    }

    [Fact]
    public void A_name_matches_on_parts_of_words_whatever_the_case_and_accents()
    {
        var zoe = new PersonalDetails("Zoë Quillfeather-Ávila", "z@example.org", null, null, "Help.");
        Assert.True(JourneySearch.Matches(zoe, Query("ZOE avil")));
        Assert.True(JourneySearch.Matches(zoe, Query("quill")));
        Assert.False(JourneySearch.Matches(zoe, Query("zoe smith")));
    }

    private static StaffSearchQuery Query(string text) => StaffSearchQuery.Read(text, null, null, null).Query!;
}
