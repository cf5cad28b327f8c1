using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;

namespace RedIt.Portal.Tests.Infrastructure;

#pragma warning disable CA1711 // xunit calls these collections.

// A portal, on a database of its own, that counts the SQL commands of the requests a test marks:
// the count is opened around the whole pipeline, so every command the request causes is in it.
public sealed class CountingPortalFactory : PortalFactory
{
    private const string Header = "X-Test-Sql-Count";
    private readonly ConcurrentDictionary<string, TaskCompletionSource<SqlCount>> _pending = new(StringComparer.Ordinal);

    // Sends one GET with the browser's cookies and returns the page with the commands it cost.
    public async Task<(Browserless.Page Page, SqlCount Sql)> GetCountedAsync(Browserless browser, string url)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var token = Guid.NewGuid().ToString("N");
        var counted = new TaskCompletionSource<SqlCount>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[token] = counted;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.Add(Header, token);
            using var response = await browser.Client.SendAsync(request);
            var page = await Browserless.Page.FromAsync(response);

            // The response can reach the test before the pipeline has unwound; the count is whole only then.
            return (page, await counted.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            _pending.TryRemove(token, out _);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqlitePortalDbContext>(db => db.AddInterceptors(SqlCommandCounter.Instance));
            services.ConfigureDbContext<PostgresPortalDbContext>(db => db.AddInterceptors(SqlCommandCounter.Instance));
            services.AddSingleton<IStartupFilter>(new CountMarkedRequests(_pending));
        });
    }

    private sealed class CountMarkedRequests(ConcurrentDictionary<string, TaskCompletionSource<SqlCount>> pending) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate rest) =>
            {
                if (!context.Request.Headers.TryGetValue(Header, out var token) || !pending.TryGetValue(token.ToString(), out var counted))
                {
                    await rest(context);
                    return;
                }

                using var count = SqlCommandCounter.Start();
                try
                {
                    await rest(context);
                }
                finally
                {
                    counted.TrySetResult(count);
                }
            });
            next(app);
        };
    }
}
