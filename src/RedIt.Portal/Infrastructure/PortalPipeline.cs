using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Commands;
using RedIt.Portal.Infrastructure.Security;
using Serilog;

namespace RedIt.Portal.Infrastructure;

public static class PortalPipeline
{
    public static async Task PrepareAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ShouldMigrateOnStartup)
        {
            await PortalCommands.MigrateAsync(scope.ServiceProvider);
        }

        if (app.Environment.IsDevelopment())
        {
            await DevelopmentAccounts.SeedAsync(scope.ServiceProvider, app.Logger);
        }
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var security = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(app.Configuration["Portal:BaseUrl"]))
        {
            // Otherwise a password-reset link would point wherever a forged Host header said.
            throw new InvalidOperationException("Portal:BaseUrl must be set outside Development: it is the address used in every link the portal mails.");
        }

        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (security.RedirectToHttps)
        {
            app.UseHttpsRedirection();
        }

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
        return app;
    }
}
