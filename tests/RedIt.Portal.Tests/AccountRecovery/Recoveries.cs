using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Infrastructure.Browserless;

namespace RedIt.Portal.Tests.AccountRecovery;

// Starting recovery cases through the public form, as a person does.
internal static class Recoveries
{
    public static Dictionary<string, string> Private(string account, string newEmail) => new(StringComparer.Ordinal)
    {
        ["Account"] = account,
        ["NewEmail"] = newEmail,
        ["Kind"] = "Private",
    };

    public static Dictionary<string, string> Business(string account, string newEmail, string authority, int? directors = null)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Account"] = account,
            ["NewEmail"] = newEmail,
            ["Kind"] = "Business",
            ["Authority"] = authority,
        };
        if (directors is { } count)
        {
            form["DirectorCount"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return form;
    }

    public static UploadedFile Identity(byte[] content, string name = "paspoort.pdf") => new("IdentityCopies", name, content, "application/pdf");

    public static UploadedFile Kvk(byte[] content, string name = "kvk-uittreksel.pdf") => new("KvkExtract", name, content, "application/pdf");

    // A document with a marker of its own, to find it (or prove it gone) byte for byte.
    public static byte[] MarkedPdf(string marker) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

    public static async Task<Page> SubmitAsync(Browserless browser, Dictionary<string, string> form, params UploadedFile[] files)
    {
        var page = await browser.GetAsync("/account/recovery");
        return await browser.SubmitWithFilesAndFollowAsync(page, form, files);
    }

    // The confirmation link from the mail to the new address, followed and confirmed.
    public static async Task<Page> ConfirmAsync(Browserless browser, string newEmail)
    {
        var mail = await Mailbox.WaitForAsync(newEmail, "Confirm this address");
        var page = await browser.GetAsync(Mailbox.Link(mail));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await browser.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["confirm"] = "true" });
    }

    public static Task<RecoveryCase> CaseAsync(PortalFactory portal, string newEmail) =>
        portal.WithDbAsync(db => db.Set<RecoveryCase>().AsNoTracking().Include(c => c.Documents).SingleAsync(c => c.NewEmail == newEmail));

    public static async Task<(string Email, int Number, Guid Id)> CustomerAsync(PortalFactory portal)
    {
        var (email, number, id, _) = await SignedInCustomerAsync(portal);
        return (email, number, id);
    }

    public static async Task<(string Email, int Number, Guid Id, Browserless Browser)> SignedInCustomerAsync(PortalFactory portal)
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var (id, number) = await portal.WithDbAsync(async db =>
        {
            var found = await db.Customers.Where(c => c.User.Email == email).Select(c => new { c.Id, c.Number }).SingleAsync();
            return (found.Id, found.Number);
        });
        return (email, number, id, browser);
    }

    // A private customer's case with one marked identity copy, its new address confirmed.
    public static async Task<(RecoveryCase Case, string Marker)> ConfirmedCaseAsync(PortalFactory portal, string customerEmail, string newEmail)
    {
        var marker = "MARKER-" + Guid.NewGuid().ToString("N");
        var browser = new Browserless(portal.CreateClient());
        await SubmitAsync(browser, Private(customerEmail, newEmail), Identity(MarkedPdf(marker)));
        var confirmed = await ConfirmAsync(browser, newEmail);
        Assert.Equal("Your new address is confirmed", confirmed.Heading);
        return (await CaseAsync(portal, newEmail), marker);
    }

    public static async Task<Guid> UserIdAsync(PortalFactory portal, string email) =>
        await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static async Task<Page> TakeAsync(Browserless staff, Guid caseId)
    {
        var page = await staff.GetAsync($"/desk/recovery/{caseId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        // The button is there only while nobody took the case; a made-up post must be refused too.
        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]);
        return await staff.FollowAsync(await staff.Client.PostAsync(new Uri($"/desk/recovery/{caseId}/take", UriKind.Relative), form));
    }

    // Both steps: the form, then the confirmation page's button.
    public static async Task<Page> DecideAsync(Browserless staff, Guid caseId, string decision, Dictionary<string, string> fields)
    {
        var page = await staff.GetAsync($"/desk/recovery/{caseId}");
        var confirm = await staff.SubmitAndFollowAsync(page, fields, $"/desk/recovery/{caseId}/{decision}");
        if (confirm.Document.QuerySelector($"form[action='/desk/recovery/{caseId}/{decision}/confirm']") is null)
        {
            return confirm;
        }

        return await staff.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal), $"/desk/recovery/{caseId}/{decision}/confirm");
    }
}
