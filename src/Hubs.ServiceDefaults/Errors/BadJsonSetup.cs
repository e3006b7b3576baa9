using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.ServiceDefaults.Errors;

internal static class BadJsonSetup
{
    public static IServiceCollection AddProblemDetailsOnBadJson(this IServiceCollection services) =>
        services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(HubsJson.EnumConverter()));
}
