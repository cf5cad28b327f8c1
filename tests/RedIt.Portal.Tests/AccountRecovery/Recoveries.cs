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
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var (id, number) = await portal.WithDbAsync(async db =>
        {
            var found = await db.Customers.Where(c => c.User.Email == email).Select(c => new { c.Id, c.Number }).SingleAsync();
            return (found.Id, found.Number);
        });
        return (email, number, id);
    }
}
