using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.ServiceDefaults.Errors;

internal static class BadJsonSetup
{
    /// <summary>Enums travel as strings, so a client sees "health", not 0, and unknown codes fail to bind (400).</summary>
    public static IServiceCollection AddProblemDetailsOnBadJson(this IServiceCollection services) =>
        services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)));
}
