# syntax=docker/dockerfile:1
# Build: docker build -t lactation .    Run: docker run -p 8080:8080 lactation

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Lactation.Content/Lactation.Content.csproj src/Lactation.Content/
COPY src/Lactation.Web/Lactation.Web.csproj src/Lactation.Web/
RUN dotnet restore src/Lactation.Web/Lactation.Web.csproj
COPY src/ src/
RUN dotnet publish src/Lactation.Web/Lactation.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The articles are the source of truth; the index is rebuilt from them at start into /app/data.
COPY content/ /app/content/
RUN mkdir -p /app/data /app/keys && chown -R $APP_UID /app/data /app/keys
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Content__Path=/app/content \
    ConnectionStrings__Index="Data Source=/app/data/index.db" \
    DataProtection__KeysPath=/app/keys
# The non-root user the .NET images ship with.
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["dotnet", "Lactation.Web.dll", "check-health", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "Lactation.Web.dll"]
