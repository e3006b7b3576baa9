namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>The keyworker's wishes (stored codes) as the hub lead reads them beside each suggested clinician.</summary>
public static partial class ClinicWords
{
    /// <summary>Several wishes joined ("by phone or by video"); a code without words shows as it is stored.</summary>
    public static string Wished(IEnumerable<string> codes) => string.Join(" or ", codes.Select(Wished));

    private static string Wished(string code) =>
        code switch
        {
            "in-person" => "in person",
            "phone" => "by phone",
            "video" => "by video",
            "early" => "early mornings",
            "late" => "evenings",
            "weekend" => "at weekends",
            "nights" => "between night shifts",
            _ => code,
        };
}
