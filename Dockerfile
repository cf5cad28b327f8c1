# syntax=docker/dockerfile:1

# ---- build ----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1

# Restore first (only invalidated when the project or package files change).
COPY Directory.Build.props Directory.Packages.props .editorconfig RedIt.Portal.sln ./
COPY src/RedIt.Portal/RedIt.Portal.csproj src/RedIt.Portal/
COPY src/RedIt.Privacy/RedIt.Privacy.csproj src/RedIt.Privacy/
RUN dotnet restore src/RedIt.Portal/RedIt.Portal.csproj

COPY src/ src/
RUN dotnet publish src/RedIt.Portal/RedIt.Portal.csproj -c Release -o /app --no-restore \
        -p:UseAppHost=false

# ---- runtime --------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_CLI_TELEMETRY_OPTOUT=1

# Invoice PDFs are set in DejaVu Sans, read from Debian's fonts-dejavu-core.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*

COPY --from=build --chown=root:root /app ./

# The image ships the non-root user "app". The data-protection keys live in the database, encrypted
# with a certificate that `create-key-certificate` writes to /keys (a volume in docker-compose.yml;
# a new volume takes this directory's owner, so the portal can write and read it).
RUN mkdir /keys && chown "$APP_UID" /keys && chmod 700 /keys
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "RedIt.Portal.dll"]
