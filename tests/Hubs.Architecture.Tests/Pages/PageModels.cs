using Mono.Cecil;

namespace Hubs.Architecture.Tests.Pages;

/// <summary>
/// Web's Razor page models (every class deriving from <c>PageModel</c>, through our own base pages) and their nested
/// types.
/// </summary>
internal static class PageModels
{
    private const string PageModel = "Microsoft.AspNetCore.Mvc.RazorPages.PageModel";

    public static IEnumerable<(TypeDefinition Page, IEnumerable<TypeDefinition> Types)> In(ModuleDefinition module) =>
        module.Types.Where(IsPageModel).Select(page => (page, Nested(page).Prepend(page)));

    private static bool IsPageModel(TypeDefinition type)
    {
        var at = type.BaseType;
        while (at is not null)
        {
            if (at.FullName == PageModel)
            {
                return true;
            }

            // Our own base pages are in the same assembly, some generic (ClinicPage derives from
            // StaffPage<StaffMember>); anything else (object, a framework type) ends the walk.
            at = at switch
            {
                TypeDefinition own => own.BaseType,
                GenericInstanceType { ElementType: TypeDefinition own } => own.BaseType,
                _ => null,
            };
        }

        return false;
    }

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) =>
        type.NestedTypes.SelectMany(n => Nested(n).Prepend(n));
}
