# syntax=docker/dockerfile:1
# The `credchain` CLI (src/CredChain.Cli), used by docker-compose.yml's one-shot deploy step. Build from the root:
#   docker build -f deploy/docker/cli.Dockerfile -t credchain-cli .
# No secret enters the image: the deployer keystore is a Docker secret, its password an environment variable.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /repo
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY contracts/compiled/ contracts/compiled/
COPY src/ src/
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/CredChain.Cli/CredChain.Cli.csproj --configuration Release --output /app -p:UseAppHost=false -p:IncludeDevHost=false

# The CLI alone, without the dev host behind `credchain up` (it needs a checkout with the dev node toolchain): a client
# of the services, so the bare .NET runtime suffices.
FROM mcr.microsoft.com/dotnet/runtime:10.0.12 AS runtime
WORKDIR /app
COPY --from=build /app ./
# `credchain` on the PATH; /run/credchain is where the deploy step writes contract addresses (a shared volume
# mounted there takes this folder's owner, the app user).
RUN printf '#!/bin/sh\nexec dotnet /app/credchain.dll "$@"\n' > /usr/local/bin/credchain \
    && chmod 0755 /usr/local/bin/credchain \
    && mkdir -p /run/credchain && chown "$APP_UID" /run/credchain
USER $APP_UID
ENTRYPOINT ["credchain"]
CMD ["--help"]
