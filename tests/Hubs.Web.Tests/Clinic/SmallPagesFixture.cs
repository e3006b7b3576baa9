namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// The clinic host with staff lists (and a clinician's caseload) paged three rows at a time, so that paging is seen
/// with a handful of journeys.
/// </summary>
public sealed class SmallPagesFixture()
    : ClinicFixture(
        new Dictionary<string, string?> { ["Hubs:Clinic:PageSize"] = "3", ["Hubs:Clinic:CaseloadPageSize"] = "3" }
    );
