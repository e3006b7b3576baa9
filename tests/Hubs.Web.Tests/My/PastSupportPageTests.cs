using Hubs.Web.Features.Journeys.ReadingOwnJourneys;

namespace Hubs.Web.Tests.My;

/// <summary>
/// Which page of past support a typed <c>?page=</c> shows: never an error, always a page that exists.
/// </summary>
public sealed class PastSupportPageTests
{
    [Theory]
    [InlineData(null, 7, 1, false)]
    [InlineData("2", 7, 2, false)]
    [InlineData("3", 7, 2, true)]
    [InlineData("0", 7, 1, true)]
    [InlineData("-1", 7, 1, true)]
    [InlineData("two", 7, 1, true)]
    [InlineData("99999999999999999999", 7, 1, true)]
    [InlineData("1", 0, 1, false)]
    public void A_typed_page_becomes_a_page_that_exists(string? asked, int ended, int shown, bool told)
    {
        var page = PastSupportPage.Choose(asked, ended);

        Assert.Equal(shown, page.Number);
        Assert.Equal(told, page.Problem is not null);
    }

    [Fact]
    public void Five_journeys_a_page()
    {
        var second = PastSupportPage.Choose("2", 12);

        Assert.Equal(3, second.Count);
        Assert.Equal([5, 6, 7, 8, 9], second.Of(Enumerable.Range(0, 12)));
    }
}
