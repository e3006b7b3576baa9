using Hubs.Web.Features.ServiceDirectory;
using Hubs.Web.Features.ServiceDirectory.MaintainingDirectory;

namespace Hubs.Web.Tests.ServiceDirectory;

public class ServiceDirectoryDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DescribeService Gp = new(
        ServiceKind.Gp,
        " Riverside Surgery ",
        " Ask the keyworker ",
        " ",
        null
    );

    private static ServiceListing Listed() =>
        ServiceListing.Create(ServiceDirectoryDecisions.List(Gp, Guid.NewGuid(), "north", Guid.NewGuid(), Now));

    [Fact]
    public void A_listing_is_trimmed_and_blank_notes_are_left_out()
    {
        var listing = Listed();
        Assert.Equal(
            new ServiceDetails(ServiceKind.Gp, "Riverside Surgery", "Ask the keyworker", null, null),
            listing.Details
        );
        Assert.Equal("north", listing.HubId);
    }

    [Fact]
    public void An_archived_entry_is_neither_changed_nor_archived_again()
    {
        var archived = Listed()
            .Apply(
                Assert.IsType<ServiceListingArchived>(
                    Assert.Single(ServiceDirectoryDecisions.Archive(Listed(), Guid.NewGuid(), Now).Events)
                )
            );
        Assert.True(archived.Archived);
        Assert.Equal(
            "service-archived",
            ServiceDirectoryDecisions.Change(archived, Gp, Guid.NewGuid(), Now).Refusal?.Code
        );
        Assert.Equal(
            "service-archived",
            ServiceDirectoryDecisions.Archive(archived, Guid.NewGuid(), Now).Refusal?.Code
        );
    }
}
