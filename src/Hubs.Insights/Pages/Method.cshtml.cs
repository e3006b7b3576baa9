using Hubs.Insights.Disclosure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Insights.Pages;

/// <summary>
/// How published figures are protected, in plain English, with the perturbation table's parameters (never
/// the salt of the record keys). It shows no figure, so anyone may read it: feed clients are sent here too.
/// </summary>
[AllowAnonymous]
public sealed class MethodModel : PageModel
{
    public DisclosureOptions Rules { get; } = DisclosureOptions.Default;

    public PerturbationTable Table => Rules.Perturbation;
}
