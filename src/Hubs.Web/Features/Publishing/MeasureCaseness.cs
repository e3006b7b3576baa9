using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Caseness of the measures whose definition has no caseness cut-off of its own, from their band (project rule,
/// src/DOMAIN-RULES.md, "Outcome by measure"): PCL-5 probable PTSD, ITQ PTSD or complex PTSD, a positive AUDIT-C
/// (from 5), AUDIT increasing risk or above (from 8), ISI moderate or severe (from 15), WSAS significant impairment
/// or worse (from 10). The brief screens have none (null).
/// </summary>
internal static class MeasureCaseness
{
    public static bool? OfBand(MeasureId measure, string band) =>
        measure switch
        {
            MeasureId.Pcl5 => band == "probable-ptsd",
            MeasureId.Itq => band is "ptsd" or "complex-ptsd",
            MeasureId.AuditC => band == "positive",
            MeasureId.Audit => band != "lower-risk",
            MeasureId.Isi => band is "moderate" or "severe",
            MeasureId.Wsas => band != "subclinical",
            _ => null,
        };

    public static string Code(MeasureId measure) =>
        measure switch
        {
            MeasureId.Phq2 => MeasureCodes.Phq2,
            MeasureId.Phq9 => MeasureCodes.Phq9,
            MeasureId.Gad2 => MeasureCodes.Gad2,
            MeasureId.Gad7 => MeasureCodes.Gad7,
            MeasureId.AuditC => MeasureCodes.AuditC,
            MeasureId.Audit => MeasureCodes.Audit,
            MeasureId.Pcl5 => MeasureCodes.Pcl5,
            MeasureId.Itq => MeasureCodes.Itq,
            MeasureId.Isi => MeasureCodes.Isi,
            MeasureId.Wsas => MeasureCodes.Wsas,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
        };
}
