# syntax=docker/dockerfile:1
# The hub relay (src/CredChain.Relay). Build from the repository root:
#   docker build -f deploy/docker/relay.Dockerfile -t credchain-relay .
# No secret enters the image: the relay key and the hub come at run time (docker-compose.yml).

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /repo
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY contracts/compiled/ contracts/compiled/
COPY src/ src/
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/CredChain.Relay/CredChain.Relay.csproj --configuration Release --output /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime
WORKDIR /app
COPY --from=build /app ./
# ./data holds the write-ahead checkpoint store (SQLite); created here so that a volume mounted on it belongs to the app user.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/CredChain.Relay.dll"]
