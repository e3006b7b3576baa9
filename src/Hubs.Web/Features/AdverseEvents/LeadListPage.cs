using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Hubs.Web.Features.AdverseEvents;

/// <summary>The lead's list pages of rapid support (adverse events, the register): the lead only.</summary>
[Authorize(Policy = HubsPolicies.HubLead)]
public abstract class LeadListPage(IDocumentSession session, ClinicClock clock) : ClinicListPage(session, clock);
