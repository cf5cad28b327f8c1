using System.Globalization;
using Microsoft.Playwright;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Browser;

// One portal and one headless Chromium for the browser tests. Debian's Chromium is used as
// installed: the tests never download a browser.
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserPortalFactory Portal { get; } = new();

    // Next to test.sh's results (the Maildir's sibling), so a failed run keeps what the browser showed.
    public static string ScreenshotFolder =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(TestSettings.Maildir))!, "results", "screenshots");

    public async Task InitializeAsync()
    {
        Portal.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestSettings.Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    // A fresh context per test: no cookies or storage left over from another journey.
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseUrl.ToString(),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, string.Create(CultureInfo.InvariantCulture, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.png"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}
