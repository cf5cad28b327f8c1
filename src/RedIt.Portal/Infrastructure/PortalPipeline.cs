using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Support.CannedReplies;
using RedIt.Portal.Infrastructure.Commands;
using RedIt.Portal.Infrastructure.Security;
using Serilog;

namespace RedIt.Portal.Infrastructure;

public static class PortalPipeline
{
    public static async Task PrepareAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        StartupChecks.CheckSettings(app.Environment, app.Configuration, app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value);
        await using var scope = app.Services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ShouldMigrateOnStartup)
        {
            await PortalCommands.MigrateAsync(scope.ServiceProvider);
        }

        if (app.Environment.IsDevelopment())
        {
            await DevelopmentAccounts.SeedAsync(scope.ServiceProvider, app.Logger);
            await DevelopmentCannedReplies.SeedAsync(scope.ServiceProvider);
            await DevelopmentProducts.SeedAsync(scope.ServiceProvider);
        }
        else
        {
            await StartupChecks.CheckDatabaseAsync(scope.ServiceProvider, app.Environment);
        }
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First, so that everything after it sees the client's address and scheme, not the proxy's.
        app.UsePortalProxies();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<HttpsOnlyMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        // Path only: query strings carry tokens and e-mail addresses, which stay out of the logs.
        app.UseSerilogRequestLogging(logging =>
        {
            logging.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0} ms, reference {Reference}";
            logging.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set("Reference", http.TraceIdentifier);
        });
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<StaffTwoFactorMiddleware>();

        // A load balancer asks without signing in.
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapControllers();
        // Without an endpoint the fallback policy would send a stranger to the sign-in page for a
        // mistyped address; a page that does not exist is "not found" for everyone.
        app.MapFallback("{**path}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }
}
