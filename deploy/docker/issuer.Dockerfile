# syntax=docker/dockerfile:1
# The issuing service (src/CredChain.Issuer). Build from the repository root:
#   docker build -f deploy/docker/issuer.Dockerfile -t credchain-issuer .
# No secret enters the image: keys, passwords and connection strings come at run time (docker-compose.yml).

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /repo
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY contracts/compiled/ contracts/compiled/
COPY src/ src/
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/CredChain.Issuer/CredChain.Issuer.csproj --configuration Release --output /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime
WORKDIR /app
# TrueType fonts the printed certificates embed (Latin: DejaVu; Chinese: Droid Sans Fallback).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-droid-fallback \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /app ./
# ./data is the SQLite default; created here so that a volume mounted on it belongs to the app user.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
# Tier hot methods up as soon as they are hot: by default the runtime waits until no new method has been compiled for
# 100 ms, which a bulk upload (new code paths for its first seconds) keeps postponing, so it ran tier-0 code for much
# of an upload. 15-20% less service CPU in bench/CredChain.Bench.Cohort, which starts the service with these DOTNET_ settings.
ENV DOTNET_TC_CallCountingDelayMs=0
# ...but only what is hot: a method is recompiled optimized after 1,000 calls instead of 30. With the delay off, every
# start-up, EF Core, RPC and signing method called 30 times was recompiled too (about 5,400 recompilations during a
# 100,000-credential run, the JIT a quarter of the service's CPU); an upload's per-row methods pass 1,000 calls within
# its first thousand rows. About a quarter less service CPU for 100,000 credentials (bench/README.md, issue 18).
ENV DOTNET_TC_CallCountThreshold=1000
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/CredChain.Issuer.dll"]
