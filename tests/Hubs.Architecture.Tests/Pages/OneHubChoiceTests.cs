using System.Reflection;
using Mono.Cecil;

namespace Hubs.Architecture.Tests.Pages;

/// <summary>
/// Every staff page and endpoint acts in the Hub the caller chose, by one path: only <c>HubChoice</c> reads the
/// choice (the API's X-Hubs-Hub-Id header, the pages' hubs-hub cookie) and the token's Hubs; everything else asks it
/// (StaffMember, HubAdmin, PeerSupportCaller, AdministeredHub, and through them every page and endpoint). Code that
/// picked "the caller's Hub" for itself, their first say, would ignore the switcher, as the admin's clinician profile
/// page once did, or fall back quietly where a Hub that is not theirs must be refused.
/// </summary>
public sealed class OneHubChoiceTests
{
    private const string Choice = "Hubs.Web.Features.Kernel.HubChoice";

    /// <summary>Besides HubChoice, who may read every Hub of the token, and why that is no choice of one.</summary>
    private static readonly Dictionary<string, string> AllHubs = new(StringComparer.Ordinal)
    {
        ["Hubs.Web.Features.Clinicians.JoiningDirectory.ClinicianJoining"] =
            "a clinician's profile lists every Hub they work for",
    };

    private static readonly string[] ChoiceNames = ["X-Hubs-Hub-Id", "hubs-hub"];

    [Fact]
    public void Only_the_hub_choice_reads_the_callers_hubs_or_their_choice()
    {
        using var module = ModuleDefinition.ReadModule(Assembly.Load("Hubs.Web").Location);
        var found = new List<string>();
        foreach (var type in module.GetTypes().Where(t => Outermost(t).FullName != Choice))
        {
            var owner = Outermost(type).FullName;
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var operand in method.Body.Instructions.Select(i => i.Operand))
                {
                    if (
                        operand is MethodReference { Name: "HubIds" or "IsInHub", DeclaringType.Name: "HubsPrincipal" }
                        && !AllHubs.ContainsKey(owner)
                    )
                    {
                        found.Add($"{owner} ({method.Name}) reads the token's Hubs");
                    }

                    if (operand is string name && ChoiceNames.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        found.Add($"{owner} ({method.Name}) reads {name}");
                    }
                }
            }
        }

        Assert.True(found.Count == 0, "Ask HubChoice instead:\n" + string.Join("\n", found.Distinct()));
    }

    private static TypeDefinition Outermost(TypeDefinition type) =>
        type.DeclaringType is { } outer ? Outermost(outer) : type;
}
