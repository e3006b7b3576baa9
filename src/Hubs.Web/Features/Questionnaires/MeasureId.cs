namespace Hubs.Web.Features.Questionnaires;

/// <summary>The questionnaires Hubs scores. Brief screens share their items with the full measure.</summary>
public enum MeasureId
{
    Phq2,
    Phq9,
    Gad2,
    Gad7,
    AuditC,
    Audit,
    Pcl5,
    Itq,
    Isi,
    Wsas,
}
