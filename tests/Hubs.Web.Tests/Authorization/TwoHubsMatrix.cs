namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The matrix for a clinician who works for two Hubs (issue 20, sessional staff), on the matrix journey of Hub north
/// allocated to them. API columns: the clinician acting in south (<c>X-Hubs-Hub-Id: south</c>, token for both), the
/// same clinician once their token grants only south (asking for north: a tampered choice, refused 403 on every
/// endpoint before it runs), south's lead, south's admin. Page columns: the clinician of both with the switcher set to
/// south (the Hub choice cookie), south's lead and south's admin. Each gets what another Hub's clinician or lead, or a
/// hub admin, gets from <see cref="Matrix"/> and <see cref="PageMatrix"/>: the clinician working for south too opens
/// nothing of north. Only the rows that differ are listed.
/// </summary>
public static class TwoHubsMatrix
{
    /// <summary>
    /// The clinician may ask for their own caseload in south (it is empty of north's journeys: the test checks every
    /// answer for them). South's admin sees and changes the clinician's shared profile, and nothing of north's own
    /// records, such as its service directory entry, that north's admin may.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> Differ = new Dictionary<string, string>(
        StringComparer.Ordinal
    )
    {
        ["GET /api/caseload"] = "AFAF",
        ["GET /api/service-directory/{id:guid}"] = "FFFH",
        ["POST /api/service-directory/{id:guid}/details"] = "FFFH",
        ["POST /api/service-directory/{id:guid}/archive"] = "FFFH",
        ["/hub-admin/services/{id:guid}"] = "FFH",
        ["GET /api/hub-admin/clinicians/{id:guid}"] = "FFFA",
        ["PUT /api/hub-admin/clinicians/{id:guid}"] = "FFFA",
        ["/hub-admin/clinicians/{id:guid}"] = "FFA",
    };

    public static string Api(MatrixEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Differ.GetValueOrDefault(entry.Key)
            ?? Letters(entry.Expected, Caller.OtherHubClinician, null, Caller.OtherHubLead);
    }

    public static string Page(string route, string expected) =>
        Differ.GetValueOrDefault(route) ?? Letters(expected, Caller.OtherHubClinician, Caller.OtherHubLead);

    /// <summary>
    /// The letters of these callers in <paramref name="expected"/>; null: a tampered choice, refused.
    /// </summary>
    private static string Letters(string expected, params Caller?[] callers) =>
        new([.. callers.Append(Caller.HubAdmin).Select(c => c is { } caller ? expected[(int)caller] : 'F')]);
}
