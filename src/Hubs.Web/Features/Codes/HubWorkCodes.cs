namespace Hubs.Web.Features.Codes;

/// <summary>What a manager asked advice about: coded, never the person or team by name.</summary>
public enum AdviceArea
{
    SupportingAfterIncident,
    SicknessAbsence,
    TeamConflict,
    Bereavement,
    Burnout,
    ReturnToWork,
    OrganisationalChange,
    Other,
}

/// <summary>Whether the manager asked about supporting a whole team or one member of staff (never named).</summary>
public enum ConsultationAbout
{
    Team,
    Individual,
}

/// <summary>What kind of outreach the Hub did.</summary>
public enum OutreachKind
{
    PromotionVisit,
    TeamBriefing,
    PartnerTalk,
    Other,
}

public enum ResponseStep
{
    FirstContact,
    FollowUp,
    Done,
}
