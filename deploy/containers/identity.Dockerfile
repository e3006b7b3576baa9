# syntax=docker/dockerfile:1
# Hubs.Identity image. Build from the repository root:
#   docker build -f deploy/containers/identity.Dockerfile -t hubs/identity .
# identity.Dockerfile.dockerignore (next to this file) keeps the context to what the build needs.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json pins SDK 10.0.401 with latestFeature roll-forward; the sdk:10.0 image carries the newest
# feature band, which satisfies it. NuGet.Config names nuget.org only.
COPY NuGet.Config global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN --mount=type=cache,id=hubs-nuget-real,target=/root/.nuget/packages \
    dotnet restore src/Hubs.Identity/Hubs.Identity.csproj --configfile NuGet.Config \
    && dotnet publish src/Hubs.Identity/Hubs.Identity.csproj -c Release --no-restore -p:UseAppHost=false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# Read-only root filesystem: the only writable path is /tmp (a tmpfs or emptyDir at run time), which
# is where .NET puts its diagnostics socket. Files under /app stay owned by root, read-only to the app.
# MALLOC_ARENA_MAX=2: glibc's malloc keeps up to eight arenas a core, each holding freed memory; two are
# enough for the runtime's native allocations (benchmarks/SCALE.md, "Memory: what the peak is made of").
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    MALLOC_ARENA_MAX=2 \
    TMPDIR=/tmp
COPY --from=build /app ./
COPY --chmod=0555 deploy/containers/healthcheck.sh /usr/local/bin/hubs-healthcheck
# The non-root user the .NET images ship (uid 1654).
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD ["/usr/local/bin/hubs-healthcheck", "/health/live"]
ENTRYPOINT ["dotnet", "Hubs.Identity.dll"]
