# syntax=docker/dockerfile:1
# The public verification portal (src/CredChain.Verifier). Build from the repository root:
#   docker build -f deploy/docker/portal.Dockerfile -t credchain-portal .
# No secret enters the image: the trust list and connection strings come at run time (docker-compose.yml).

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /repo
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY contracts/compiled/ contracts/compiled/
COPY src/ src/
# Self-contained composite ReadyToRun: the portal and the .NET and ASP.NET Core frameworks are precompiled together as
# one image, so its start path runs precompiled code instead of JIT-compiling it, including the generic code that spans
# framework and app (cold start to first verdict is what an employer waits for after a deploy or a scale-out;
# bench/README.md has the figures). The framework ships in /app, so the final stage needs only runtime-deps. The issuing
# service is not published this way: its steady-state bulk path measured slower from ReadyToRun code.
ARG TARGETARCH
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/CredChain.Verifier/CredChain.Verifier.csproj --configuration Release --output /app \
      --arch "$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64)" --self-contained true -p:PublishReadyToRun=true \
      -p:PublishReadyToRunComposite=true

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0.12 AS runtime
WORKDIR /app
COPY --from=build /app ./
# ./data is the SQLite default for shares; created here so that a volume mounted on it belongs to the app user.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["/app/CredChain.Verifier"]
