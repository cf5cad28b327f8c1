using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Operations;

// What a newcomer gets from `dotnet run`: staff accounts to sign in with, and the mail the portal
// would have sent, readable in the development mailbox.
[Trait("Policy", "1.1")]
public sealed class DevelopmentTests : IDisposable
{
    private readonly DevelopmentPortal _portal = (DevelopmentPortal)new DevelopmentPortal().With("Email:Smtp:Host", "");

    [Fact]
    public async Task A_newcomer_signs_up_and_confirms_through_the_development_mailbox()
    {
        var customer = new Browserless(_portal.CreateClient());
        var email = People.NewEmail();
        await People.RegisterAsync(customer, People.PrivateCustomer(email));

        var staff = new Browserless(_portal.CreateClient());
        var signedIn = await People.LoginAsync(staff, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.Password);
        Assert.Equal("My details", signedIn.Heading);
        var mailbox = await staff.GetAsync("/dev/mailbox");
        var message = mailbox.Document.QuerySelectorAll("tr").Single(row => row.TextContent.Contains(email, StringComparison.Ordinal));
        var open = await staff.GetAsync(message.QuerySelector("a")!.GetAttribute("href")!);
        var link = open.Document.QuerySelector("pre.mail a")!.GetAttribute("href")!;

        var confirm = await customer.GetAsync(link);
        var confirmed = await customer.SubmitAndFollowAsync(confirm, new Dictionary<string, string>());
        Assert.Equal("E-mail address confirmed", confirmed.Heading);
        Assert.Equal("My details", (await People.LoginAsync(customer, email)).Heading);
    }

    [Fact]
    public async Task The_development_mailbox_shows_a_page_of_mail_at_a_time_newest_first()
    {
        var mailbox = _portal.Services.GetRequiredService<DevelopmentMailbox>();
        for (var i = 1; i <= 25; i++)
        {
            await mailbox.SendAsync(new OutgoingMail(People.NewEmail("reader"), "Reader", $"Mail number {i}", "Hello", "<p>Hello</p>"));
        }

        var staff = new Browserless(_portal.CreateClient());
        await People.LoginAsync(staff, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.Password);
        var first = await staff.GetAsync("/dev/mailbox");
        var rows = first.Document.QuerySelectorAll("main table tbody tr");
        Assert.Equal(20, rows.Length);
        Assert.Equal("Mail number 25", rows[0].QuerySelector("a")!.TextContent);
        var next = first.Document.QuerySelector("nav.pager a[rel='next']")!.GetAttribute("href")!;
        Assert.Equal("/dev/mailbox?page=2", next);

        var second = await staff.GetAsync(next);
        Assert.Equal("Mail number 1", second.Document.QuerySelectorAll("main table tbody tr a")[^1].TextContent);
        Assert.NotNull(second.Document.QuerySelector("nav.pager a[rel='prev']"));
    }

    [Fact]
    public async Task Customers_cannot_read_the_development_mailbox()
    {
        var customer = new Browserless(_portal.CreateClient());
        using var response = await customer.Client.GetAsync("/dev/mailbox");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task Support_staff_cannot_read_the_development_mailbox()
    {
        // It holds every reset link, an admin's too: reading it would be taking over that account.
        var support = new Browserless(_portal.CreateClient());
        Assert.Equal("My details", (await People.LoginAsync(support, DevelopmentAccounts.SupportEmail, DevelopmentAccounts.Password)).Heading);
        using var response = await support.Client.GetAsync("/dev/mailbox");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _portal.Dispose();

    private sealed class DevelopmentPortal : PortalFactory
    {
        protected override string EnvironmentName => "Development";
    }
}
