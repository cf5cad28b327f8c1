using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Support;

namespace RedIt.Portal.Tests.AccountRecovery;

// Clause 2.1: the public page that starts a recovery, its checks, its mails, and an answer that
// is the same whether or not an account was found.
[Trait("Policy", "2.1")]
[Collection(PortalCollectionDefinition.Name)]
public sealed class RecoveryFormTests(PortalFactory portal)
{
    [Fact]
    public async Task The_sign_in_page_links_to_the_form_which_says_what_happens_to_the_documents()
    {
        var browser = new Browserless(portal.CreateClient());
        var login = await browser.GetAsync("/account/login");
        Assert.NotNull(login.Document.QuerySelector("a[href='/account/recovery']"));

        var form = await browser.GetAsync("/account/recovery");

        Assert.Equal("Restore access to your account", form.Heading);
        Assert.Equal("multipart/form-data", form.Form("/account/recovery").GetAttribute("enctype"));
        Assert.NotNull(form.Document.QuerySelector("form[action='/account/recovery'] input[name='__RequestVerificationToken']"));
        Assert.Contains("only the member of customer service who reviews your request sees them", form.Text, StringComparison.Ordinal);
        Assert.Contains("after 14 days if the request is not completed", form.Text, StringComparison.Ordinal);
        Assert.Contains("not older than 3 months", form.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_customer_starts_a_case_that_waits_for_the_new_address_and_the_old_address_is_told()
    {
        var (email, _, id) = await Recoveries.CustomerAsync(portal);
        var newEmail = People.NewEmail("recovered");
        var browser = new Browserless(portal.CreateClient());

        var sent = await Recoveries.SubmitAsync(browser, Recoveries.Private(email, newEmail), Recoveries.Identity(TestFiles.Pdf()));

        Assert.Equal("Check your new e-mail address", sent.Heading);
        var recovery = await Recoveries.CaseAsync(portal, newEmail);
        Assert.Equal(id, recovery.PersonId);
        Assert.Equal(RecoveryCaseStatus.Open, recovery.Status);
        Assert.Equal(CustomerKind.Private, recovery.CustomerKind);
        Assert.Equal("en", recovery.Culture);
        Assert.Null(recovery.NewEmailConfirmedAt);
        var document = Assert.Single(recovery.Documents);
        Assert.Equal(RecoveryDocumentKind.IdentityCopy, document.Kind);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.True(document.SizeBytes > 0);

        var notice = await Mailbox.WaitForAsync(email, "Someone asked to restore access");
        Assert.Contains("If this was not you, contact RED-IT customer service", notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(newEmail, notice.TextBody, StringComparison.Ordinal);

        var mail = await Mailbox.WaitForAsync(newEmail, "Confirm this address");
        // The mail to the new address does not name the account's holder.
        Assert.DoesNotContain("Jansen", mail.TextBody, StringComparison.Ordinal);
        var link = Mailbox.Link(mail);
        Assert.DoesNotContain(recovery.ConfirmationTokenHash!, link, StringComparison.Ordinal);

        var confirmed = await Recoveries.ConfirmAsync(browser, newEmail);
        Assert.Equal("Your new address is confirmed", confirmed.Heading);
        var after = await Recoveries.CaseAsync(portal, newEmail);
        Assert.NotNull(after.NewEmailConfirmedAt);
        Assert.Null(after.ConfirmationTokenHash);
        var actions = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().AsNoTracking()
            .Where(e => e.SubjectPersonId == id && e.Details == recovery.Id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditAction.RecoveryStarted, actions);
        Assert.Contains(AuditAction.RecoveryEmailConfirmed, actions);

        // The link works once.
        var again = await browser.GetAsync(link);
        var refused = await browser.SubmitAndFollowAsync(again, new Dictionary<string, string>(StringComparer.Ordinal) { ["confirm"] = "true" });
        Assert.Equal("This link does not work", refused.Heading);
    }

    [Fact]
    public async Task The_customer_number_finds_the_account_too()
    {
        var (email, number, id) = await Recoveries.CustomerAsync(portal);
        var newEmail = People.NewEmail("recovered");

        await Recoveries.SubmitAsync(new Browserless(portal.CreateClient()),
            Recoveries.Private(number.ToString(System.Globalization.CultureInfo.InvariantCulture), newEmail), Recoveries.Identity(TestFiles.Jpeg(), "id.jpg"));

        Assert.Equal(id, (await Recoveries.CaseAsync(portal, newEmail)).PersonId);
        await Mailbox.WaitForAsync(email, "Someone asked to restore access");
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_nothing_is_stored_or_sent()
    {
        var unknown = People.NewEmail("nobody");
        var newEmail = People.NewEmail("recovered");

        var sent = await Recoveries.SubmitAsync(new Browserless(portal.CreateClient()), Recoveries.Private(unknown, newEmail), Recoveries.Identity(TestFiles.Pdf()));

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.Equal("Check your new e-mail address", sent.Heading);
        var (email, _, _) = await Recoveries.CustomerAsync(portal);
        var knownEmail = People.NewEmail("recovered");
        var known = await Recoveries.SubmitAsync(new Browserless(portal.CreateClient()), Recoveries.Private(email, knownEmail), Recoveries.Identity(TestFiles.Pdf()));
        Assert.Equal(known.Document.QuerySelector("main")!.TextContent, sent.Document.QuerySelector("main")!.TextContent);
        Assert.False(await portal.WithDbAsync(db => db.Set<RecoveryCase>().AnyAsync(c => c.NewEmail == newEmail)));
        await Outbox.AssertNoMailAsync(portal, unknown);
        await Outbox.AssertNoMailAsync(portal, newEmail);
    }

    [Fact]
    public async Task A_staff_account_is_not_handed_over_through_the_form()
    {
        var staff = await People.StaffAsync(portal, Features.Accounts.PortalRoles.Support);
        var newEmail = People.NewEmail("recovered");

        var sent = await Recoveries.SubmitAsync(new Browserless(portal.CreateClient()), Recoveries.Private(staff, newEmail), Recoveries.Identity(TestFiles.Pdf()));

        Assert.Equal("Check your new e-mail address", sent.Heading);
        Assert.False(await portal.WithDbAsync(db => db.Set<RecoveryCase>().AnyAsync(c => c.NewEmail == newEmail)));
    }

    [Fact]
    public async Task Each_field_says_what_is_wrong_and_keeps_what_was_typed_but_asks_for_the_files_again()
    {
        var browser = new Browserless(portal.CreateClient());
        var form = await browser.GetAsync("/account/recovery");

        var empty = await browser.SubmitWithFilesAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal), []);
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.NotNull(empty.FieldError("Account"));
        Assert.NotNull(empty.FieldError("NewEmail"));
        Assert.NotNull(empty.FieldError("Kind"));

        var business = await browser.SubmitWithFilesAndFollowAsync(form,
            Recoveries.Business("10001", "not-an-address", "Joint", directors: 1), [Recoveries.Identity(TestFiles.Pdf())]);
        Assert.Equal("This is not a valid e-mail address.", business.FieldError("NewEmail"));
        Assert.Equal("10001", business.Value("Account"));
        Assert.Equal("not-an-address", business.Value("NewEmail"));
        Assert.NotNull(business.Document.QuerySelector(".choose-again"));

        var joint = await browser.SubmitWithFilesAndFollowAsync(form,
            Recoveries.Business("10001", People.NewEmail("recovered"), "Joint", directors: 1), [Recoveries.Identity(TestFiles.Pdf())]);
        Assert.Equal("Please enter how many directors are jointly authorised: from 2 to 6.", joint.FieldError("DirectorCount"));
        Assert.Equal("Please add the digitally certified extract from the Chamber of Commerce.", joint.FieldError("KvkExtract"));
        Assert.True(joint.Document.QuerySelector("input[name='Authority'][value='Joint']")!.HasAttribute("checked"));
        Assert.True(joint.Document.QuerySelector("input[name='Kind'][value='Business']")!.HasAttribute("checked"));

        var tooFew = await browser.SubmitWithFilesAndFollowAsync(form,
            Recoveries.Business("10001", People.NewEmail("recovered"), "Joint", directors: 2), [Recoveries.Kvk(TestFiles.Pdf()), Recoveries.Identity(TestFiles.Pdf())]);
        Assert.Equal("Please add 2 identity copies: one for each jointly authorised director.", tooFew.FieldError("IdentityCopies"));

        var none = await browser.SubmitWithFilesAndFollowAsync(form, Recoveries.Private("10001", People.NewEmail("recovered")), []);
        Assert.Equal("Please add one copy of an identity document.", none.FieldError("IdentityCopies"));
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_and_other_types_are_refused_by_their_content()
    {
        var (email, _, _) = await Recoveries.CustomerAsync(portal);
        var newEmail = People.NewEmail("recovered");
        var browser = new Browserless(portal.CreateClient());
        var form = await browser.GetAsync("/account/recovery");

        var exe = await browser.SubmitWithFilesAndFollowAsync(form, Recoveries.Private(email, newEmail), [Recoveries.Identity(TestFiles.Exe(), "paspoort.pdf")]);
        Assert.Equal("paspoort.pdf is not a PDF, PNG or JPEG file.", exe.FieldError("IdentityCopies"));

        var gif = await browser.SubmitWithFilesAndFollowAsync(form,
            Recoveries.Business(email, newEmail, "Sole"), [Recoveries.Kvk(TestFiles.Gif(), "kvk.gif"), Recoveries.Identity(TestFiles.Png(), "id.png")]);
        Assert.Equal("kvk.gif is not a PDF, PNG or JPEG file.", gif.FieldError("KvkExtract"));

        var text = await browser.SubmitWithFilesAndFollowAsync(form, Recoveries.Private(email, newEmail), [Recoveries.Identity(TestFiles.Text(), "id.pdf")]);
        Assert.Equal("id.pdf is not a PDF, PNG or JPEG file.", text.FieldError("IdentityCopies"));

        Assert.False(await portal.WithDbAsync(db => db.Set<RecoveryCase>().AnyAsync(c => c.NewEmail == newEmail)));
    }

    [Fact]
    public async Task A_business_with_jointly_authorised_directors_sends_the_extract_and_a_copy_for_each()
    {
        var (email, _, _) = await Recoveries.CustomerAsync(portal);
        var newEmail = People.NewEmail("recovered");

        var sent = await Recoveries.SubmitAsync(new Browserless(portal.CreateClient()), Recoveries.Business(email, newEmail, "Joint", directors: 2),
            Recoveries.Kvk(TestFiles.Pdf()), Recoveries.Identity(TestFiles.Png(), "director-1.png"), Recoveries.Identity(TestFiles.Jpeg(), "director-2.jpg"));

        Assert.Equal("Check your new e-mail address", sent.Heading);
        var recovery = await Recoveries.CaseAsync(portal, newEmail);
        Assert.Equal(CustomerKind.Business, recovery.CustomerKind);
        Assert.Equal(DirectorAuthority.Joint, recovery.DirectorAuthority);
        Assert.Equal(2, recovery.DirectorCount);
        Assert.Equal(
            ["IdentityCopy image/jpeg", "IdentityCopy image/png", "KvkExtract application/pdf"],
            recovery.Documents.Select(d => $"{d.Kind} {d.ContentType}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_documents_are_stored_encrypted()
    {
        var (email, _, _) = await Recoveries.CustomerAsync(portal);
        var newEmail = People.NewEmail("recovered");
        var marker = "MARKER-" + Guid.NewGuid().ToString("N");

        await Recoveries.SubmitAsync(new Browserless(portal.CreateClient()), Recoveries.Private(email, newEmail), Recoveries.Identity(Recoveries.MarkedPdf(marker)));

        var stored = (await Recoveries.CaseAsync(portal, newEmail)).Documents.Single().EncryptedContent;
        Assert.Equal(-1, stored.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(marker)));
    }
}
