using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Billing.Collection;

// Clause 2.4: once the payment term and the reminders have passed, Finance sees the invoices ready
// for collection, checks exactly what goes, and hands them to DAS Incasso (a local server answering
// as the agreed claim intake does). DAS Incasso receives the name, the address, the invoices and
// the communications, nothing more; the disclosure is recorded with the claim and shows in the
// customer's export; a call that fails hands over nothing.
[Trait("Policy", "2.4")]
public sealed class CollectionHandOverTests : IDisposable
{
    private const string Claims = "/api/v1/claims";
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly CollectionPortal _portal;

    public CollectionHandOverTests()
    {
        _portal = new CollectionPortal();
        _portal.With("DasIncasso:Simulate", "false").With("DasIncasso:BaseUrl", _api.Url + "/api/v1").With("DasIncasso:ApiKey", "das-test-key");
    }

    [Fact]
    public async Task Finance_hands_a_private_customers_invoices_over_after_the_letter_and_DAS_Incasso_gets_exactly_name_address_invoices_and_mails()
    {
        Accepting("DAS-2026-0042");
        var (customer, email) = await People.SignedInCustomerAsync(_portal);
        var customerId = await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var number = await _portal.WithDbAsync(db => db.Customers.Where(c => c.Id == customerId).Select(c => c.Number).SingleAsync());
        _portal.Clock.Offset = TimeSpan.FromDays(-60);
        var first = await _portal.IssueAsync(customerId, 100m);
        _portal.Clock.Offset = TimeSpan.FromDays(-59);
        var second = await _portal.IssueAsync(customerId, 50m);
        await _portal.WalkToTodayAsync(59);
        var sent = (await _portal.CommunicationsAsync(first.Id)).Concat(await _portal.CommunicationsAsync(second.Id)).OrderBy(c => c.SentAt).ToList();
        Assert.Equal(6, sent.Count);

        var (finance, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Finance);
        var list = await finance.GetAsync("/staff/collection");
        var row = Assert.Single(list.Document.QuerySelectorAll("table.collection-ready tbody tr"), r => r.GetAttribute("data-customer") == number.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(first.Number + ", " + second.Number, row.QuerySelector(".invoices")!.TextContent.Trim());

        var preview = await finance.GetAsync($"/staff/collection/{number}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("Jan Jansen", preview.Document.QuerySelector(".debtor-name")!.TextContent.Trim());
        Assert.Equal("Damrak 1, 1012 LG Amsterdam, NL", preview.Document.QuerySelector(".debtor-address")!.TextContent.Trim());
        Assert.Equal(["factuur-" + first.Number + ".pdf", "factuur-" + second.Number + ".pdf"], preview.Document.QuerySelectorAll(".pdf-name").Select(e => e.TextContent.Trim()));
        Assert.Equal(sent.Select(c => c.Text), preview.Document.QuerySelectorAll(".communication .text").Select(e => e.TextContent));
        Assert.Equal(sent.Select(c => c.Subject), preview.Document.QuerySelectorAll(".communication .subject").Select(e => e.TextContent.Trim()));
        var shown = preview.Document.QuerySelector("main")!.TextContent;
        foreach (var notSent in new[] { email, "+31201234567", "1234567", number.ToString(CultureInfo.InvariantCulture) })
        {
            Assert.DoesNotContain(notSent, shown, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(_api.LogEntries);
        var done = await finance.SubmitAndFollowAsync(preview, new Dictionary<string, string>(), "/hand-over");

        Assert.Contains("The claim is handed over to DAS Incasso.", done.Text, StringComparison.Ordinal);
        Assert.Equal("DAS-2026-0042", done.Document.QuerySelector(".collector-reference")?.TextContent.Trim());
        var request = Assert.Single(_api.LogEntries).RequestMessage;
        Assert.Equal("das-test-key", request.Headers!["X-Api-Key"].Single());
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal(["communications", "debtor", "invoices", "reference"], Keys(body));
        Assert.Equal(["city", "countryCode", "houseNumber", "name", "postalCode", "street"], Keys(body["debtor"]!));
        Assert.Equal(("Jan Jansen", "Damrak", "1", "1012 LG", "Amsterdam", "NL"),
            ((string?)body["debtor"]!["name"], (string?)body["debtor"]!["street"], (string?)body["debtor"]!["houseNumber"], (string?)body["debtor"]!["postalCode"], (string?)body["debtor"]!["city"], (string?)body["debtor"]!["countryCode"]));
        var invoices = body["invoices"]!.AsArray();
        Assert.Equal([first.Number, second.Number], invoices.Select(i => (string?)i!["number"]));
        Assert.All(invoices, i => Assert.Equal(["amount", "dueOn", "issuedOn", "number", "pdfBase64"], Keys(i!)));
        Assert.Equal([121.00m, 60.50m], invoices.Select(i => (decimal)i!["amount"]!));
        Assert.Equal(first.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (string?)invoices[0]!["dueOn"]);
        Assert.All(invoices, i => Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(Convert.FromBase64String((string)i!["pdfBase64"]!)[..5]), StringComparison.Ordinal));
        var communications = body["communications"]!.AsArray();
        Assert.All(communications, c => Assert.Equal(["kind", "sentAt", "subject", "text"], Keys(c!)));
        Assert.Equal(sent.Select(c => c.Text), communications.Select(c => (string?)c!["text"]));
        Assert.Equal(["reminder-1", "reminder-1", "reminder-2", "reminder-2", "fourteen-day-letter", "fourteen-day-letter"], communications.Select(c => (string?)c!["kind"]));
        Assert.Equal("RIT-" + first.Number, (string?)body["reference"]);
        // Nothing of the customer beyond name and address: no e-mail address, phone number or customer number.
        var everything = string.Join("\n", request.Url, request.Body, string.Join("\n", request.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value))));
        foreach (var notSent in new[] { email, "+31201234567", "1234567", "020-" })
        {
            Assert.DoesNotContain(notSent, everything, StringComparison.OrdinalIgnoreCase);
        }

        // The PDFs are the invoices as they were sent, customer number printed on them; the fields carry none.
        var fields = JsonNode.Parse(request.Body!)!;
        foreach (var invoice in fields["invoices"]!.AsArray())
        {
            invoice!["pdfBase64"] = "";
        }

        Assert.DoesNotContain(number.ToString(CultureInfo.InvariantCulture), fields.ToJsonString(), StringComparison.Ordinal);

        var claim = await _portal.WithDbAsync(db => db.Set<CollectionClaim>().AsNoTracking().Include(c => c.Invoices).SingleAsync(c => c.CustomerId == customerId));
        Assert.Equal((CollectionClaimState.HandedOver, "DAS-2026-0042", "RIT-" + first.Number), (claim.State, claim.CollectorReference, claim.Reference));
        Assert.Equal(request.Body, claim.Payload);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), claim.Invoices.Select(i => i.InvoiceId).Order());
        var disclosure = Assert.Single(await _portal.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().Where(d => d.PersonId == customerId).ToListAsync()));
        Assert.Equal(("DAS Incasso", "first name, last name, address, invoices, reminders and letters sent", $"Claim RIT-{first.Number} (invoices {first.Number}, {second.Number})"),
            (disclosure.Recipient, disclosure.DataItems, disclosure.Reference));
        Assert.True(disclosure.At <= claim.HandedOverAt.AddSeconds(5));
        var audited = await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(a => a.SubjectPersonId == customerId).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditAction.CollectionPreviewViewed, audited);
        Assert.Single(audited, a => a == AuditAction.CollectionClaimHandedOver);

        // Exactly what left can be downloaded by Finance.
        using (var json = await finance.Client.GetAsync($"/staff/collection/claims/{claim.Id}/sent.json"))
        {
            Assert.Equal(request.Body, await json.Content.ReadAsStringAsync());
        }

        // Handed over once: not offered again, and a second confirmation sends nothing.
        var after = await finance.GetAsync("/staff/collection");
        Assert.Null(after.Document.QuerySelector($"tr[data-customer='{number}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/staff/collection/{number}/preview")).Status);
        var again = await finance.SubmitAndFollowAsync(preview, new Dictionary<string, string>(), "/hand-over");
        Assert.Contains("The invoices ready for collection changed", again.Text, StringComparison.Ordinal);
        Assert.Single(_api.LogEntries);
        Assert.Single(await _portal.WithDbAsync(db => db.Set<Disclosure>().Where(d => d.PersonId == customerId).ToListAsync()));
        await _portal.RemindAsync();
        Assert.Equal(6, (await _portal.CommunicationsAsync(first.Id)).Count + (await _portal.CommunicationsAsync(second.Id)).Count);

        var claims = await finance.GetAsync("/staff/collection/claims");
        Assert.Equal("With DAS Incasso", claims.Document.QuerySelector($"tr[data-claim='{claim.Id}'] .claim-state")?.TextContent.Trim());

        // The customer's export names the hand-over and holds what was sent.
        await People.LoginAsync(customer, email);
        var ready = await customer.SubmitAndFollowAsync(await customer.GetAsync("/profile/data/export"),
            new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password });
        using var download = await customer.SubmitAsync(ready, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var zip = new ZipArchive(await download.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var html = new HtmlParser().ParseDocument(Read(zip, "data.html")).Body!.TextContent;
        var exported = Read(zip, "data.json");
        foreach (var expected in new[] { "DAS Incasso", $"Claim RIT-{first.Number} (invoices {first.Number}, {second.Number})", "Reminders and collection", "DAS-2026-0042" })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
            Assert.Contains(expected, exported, StringComparison.Ordinal);
        }

        Assert.Contains(sent[^1].Text, Strings(JsonNode.Parse(exported)!));
        Assert.Contains(request.Body, Strings(JsonNode.Parse(exported)!));
    }

    [Fact]
    public async Task When_DAS_Incasso_is_down_nothing_is_handed_over_Finance_is_told_to_try_again_and_the_retry_sends_the_same_reference()
    {
        _api.Given(Request.Create().WithPath(Claims).UsingPost()).InScenario("down").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json").WithBody("""{"error":"maintenance"}"""));
        _api.Given(Request.Create().WithPath(Claims).UsingPost()).InScenario("down").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"claimId":"DAS-2026-0043"}"""));
        var (customer, number, invoice) = await ReadyAsync(CustomerKind.Private);
        var (finance, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Finance);
        var preview = await finance.GetAsync($"/staff/collection/{number}/preview");

        var failed = await finance.SubmitAndFollowAsync(preview, new Dictionary<string, string>(), "/hand-over");

        Assert.Contains("DAS Incasso could not be reached or did not answer: nothing was handed over. Try again later.", failed.Text, StringComparison.Ordinal);
        Assert.Equal("Hand over to DAS Incasso", failed.Heading);
        Assert.Empty(await _portal.WithDbAsync(db => db.Set<CollectionClaim>().ToListAsync()));
        Assert.Empty(await _portal.WithDbAsync(db => db.Set<CollectionClaimInvoice>().ToListAsync()));
        Assert.DoesNotContain(AuditAction.CollectionClaimHandedOver, await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().Select(a => a.Action).ToListAsync()));
        // The request reached DAS Incasso's server, so its disclosure stays, saying it was not taken.
        var disclosed = Assert.Single(await _portal.WithDbAsync(db => db.Set<Disclosure>().Where(d => d.PersonId == customer).ToListAsync()));
        Assert.EndsWith(", not accepted by DAS Incasso", disclosed.Reference, StringComparison.Ordinal);
        Assert.NotNull((await finance.GetAsync("/staff/collection")).Document.QuerySelector($"tr[data-customer='{number}']"));

        var done = await finance.SubmitAndFollowAsync(failed, new Dictionary<string, string>(), "/hand-over");

        Assert.Contains("The claim is handed over to DAS Incasso.", done.Text, StringComparison.Ordinal);
        Assert.Equal(2, _api.LogEntries.Count);
        Assert.Equal(["RIT-" + invoice.Number, "RIT-" + invoice.Number], _api.LogEntries.Select(e => e.RequestMessage.Headers!["Idempotency-Key"].Single()));
        var claim = await _portal.WithDbAsync(db => db.Set<CollectionClaim>().AsNoTracking().SingleAsync());
        Assert.Equal(("DAS-2026-0043", CollectionClaimState.HandedOver), (claim.CollectorReference, claim.State));
        Assert.Equal(2, await _portal.WithDbAsync(db => db.Set<Disclosure>().CountAsync(d => d.PersonId == customer)));
    }

    [Fact]
    public async Task A_claim_DAS_Incasso_refuses_is_not_stored_and_Finance_is_told_to_ask_why()
    {
        _api.Given(Request.Create().WithPath(Claims).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(422).WithHeader("Content-Type", "application/json").WithBody("""{"error":"debtor.postalCode is not valid"}"""));
        var (_, number, _) = await ReadyAsync(CustomerKind.Business);
        var (finance, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Finance);
        var preview = await finance.GetAsync($"/staff/collection/{number}/preview");
        Assert.Equal("Tulpen Handel", preview.Document.QuerySelector(".debtor-name")!.TextContent.Trim());

        var refused = await finance.SubmitAndFollowAsync(preview, new Dictionary<string, string>(), "/hand-over");

        Assert.Contains("DAS Incasso refused the claim: nothing was handed over. Ask DAS Incasso why before you try again.", refused.Text, StringComparison.Ordinal);
        Assert.Empty(await _portal.WithDbAsync(db => db.Set<CollectionClaim>().ToListAsync()));
        var disclosed = await _portal.WithDbAsync(db => db.Set<Disclosure>().Select(d => d.DataItems).SingleAsync());
        Assert.Equal("company name, address, invoices, reminders and letters sent", disclosed);
    }

    [Fact]
    public async Task Finance_marks_a_claim_paid_to_DAS_Incasso_or_withdrawn_after_a_confirmation_once()
    {
        Accepting("DAS-2026-0044");
        var (customer, number, _) = await ReadyAsync(CustomerKind.Private);
        var (other, otherNumber, _) = await ReadyAsync(CustomerKind.Business);
        var (finance, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Finance);
        foreach (var n in new[] { number, otherNumber })
        {
            await finance.SubmitAndFollowAsync(await finance.GetAsync($"/staff/collection/{n}/preview"), new Dictionary<string, string>(), "/hand-over");
        }

        var paidId = await _portal.WithDbAsync(db => db.Set<CollectionClaim>().Where(c => c.CustomerId == customer).Select(c => c.Id).SingleAsync());
        var withdrawnId = await _portal.WithDbAsync(db => db.Set<CollectionClaim>().Where(c => c.CustomerId == other).Select(c => c.Id).SingleAsync());

        var confirm = await finance.GetAsync($"/staff/collection/claims/{paidId}/paid");
        Assert.Contains("Only do this when DAS Incasso reports that the customer paid it.", confirm.Text, StringComparison.Ordinal);
        var paid = await finance.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(), "/paid");
        Assert.Contains("The claim is marked paid to DAS Incasso.", paid.Text, StringComparison.Ordinal);
        Assert.Equal("Paid to DAS Incasso", paid.Document.QuerySelector(".claim-state")?.TextContent.Trim());
        var twice = await finance.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(), "/paid");
        Assert.Contains("Only a claim that is with DAS Incasso can be marked paid or withdrawn.", twice.Text, StringComparison.Ordinal);
        Assert.Contains("Only a claim that is with DAS Incasso can be marked paid or withdrawn.", (await finance.GetAsync($"/staff/collection/claims/{paidId}/withdraw")).Text, StringComparison.Ordinal);

        var withdraw = await finance.GetAsync($"/staff/collection/claims/{withdrawnId}/withdraw");
        var withdrawn = await finance.SubmitAndFollowAsync(withdraw, new Dictionary<string, string>(), "/withdraw");
        Assert.Contains("The claim is marked withdrawn from DAS Incasso.", withdrawn.Text, StringComparison.Ordinal);

        var states = await _portal.WithDbAsync(db => db.Set<CollectionClaim>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.State));
        Assert.Equal((CollectionClaimState.PaidToCollector, CollectionClaimState.Withdrawn), (states[paidId], states[withdrawnId]));
        var audited = await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().Select(a => new { a.Action, a.SubjectPersonId }).ToListAsync());
        Assert.Single(audited, a => a.Action == AuditAction.CollectionClaimPaidToCollector && a.SubjectPersonId == customer);
        Assert.Single(audited, a => a.Action == AuditAction.CollectionClaimWithdrawn && a.SubjectPersonId == other);
        // A withdrawn claim's invoices are not offered again.
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/staff/collection/{otherNumber}/preview")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/staff/collection/claims/{Guid.NewGuid()}")).Status);
    }

    [Fact]
    public async Task An_invoice_is_ready_the_day_after_its_last_term_not_on_it_and_never_without_its_letter_or_while_it_is_paid()
    {
        var privateCustomer = await BillingWorld.CustomerAsync(_portal);
        var business = await BillingWorld.CustomerAsync(_portal, CustomerKind.Business, "NL", "NL859123456B01");
        var issued = new DateOnly(2031, 3, 3);
        _portal.MoveToDay(issued);
        var consumer = await _portal.IssueAsync(privateCustomer.Id, 100m);
        var company = await _portal.IssueAsync(business.Id, 100m);
        var paid = await _portal.IssueAsync(privateCustomer.Id, 10m);
        // Issued later: its letter is not yet due when the others are ready.
        _portal.MoveToDay(issued.AddDays(10));
        var later = await _portal.IssueAsync(privateCustomer.Id, 10m);

        var readyOn = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (var day = issued; day <= new DateOnly(2031, 5, 10); day = day.AddDays(1))
        {
            _portal.MoveToDay(day);
            if (day == new DateOnly(2031, 4, 29))
            {
                await _portal.WithDbAsync(db => db.Set<Invoice>().Where(i => i.Id == paid.Id).ExecuteUpdateAsync(i => i.SetProperty(x => x.Status, InvoiceStatus.Paid)));
            }

            await _portal.RemindAsync();
            await using var scope = _portal.Services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<CollectionDesk>().ReadyAsync(1);
            foreach (var number in page.Items.SelectMany(c => c.Invoices).Select(i => i.Number))
            {
                readyOn.TryAdd(number, day);
            }
        }

        // The letter of 14 April gives until 28 April; the business's last reminder of 7 April until 21 April.
        Assert.Equal(new DateOnly(2031, 4, 29), readyOn[consumer.Number]);
        Assert.Equal(new DateOnly(2031, 4, 22), readyOn[company.Number]);
        Assert.Equal(new DateOnly(2031, 5, 9), readyOn[later.Number]);
        Assert.False(readyOn.ContainsKey(paid.Number));
    }

    public void Dispose()
    {
        _portal.Dispose();
        _api.Stop();
        _api.Dispose();
    }

    // A customer whose one invoice, issued 60 days ago, has had every reminder (and the letter).
    private async Task<(Guid Customer, int Number, Invoice Invoice)> ReadyAsync(CustomerKind kind)
    {
        var customer = kind == CustomerKind.Business
            ? await BillingWorld.CustomerAsync(_portal, CustomerKind.Business, "NL", "NL859123456B01")
            : await BillingWorld.CustomerAsync(_portal);
        _portal.Clock.Offset = TimeSpan.FromDays(-60);
        var invoice = await _portal.IssueAsync(customer.Id, 100m);
        await _portal.WalkToTodayAsync(60);
        return (customer.Id, customer.Number, invoice);
    }

    private void Accepting(string claimId) =>
        _api.Given(Request.Create().WithPath(Claims).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody($$"""{"claimId":"{{claimId}}"}"""));

    private static List<string> Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];

    private static List<string> Strings(JsonNode node) => node switch
    {
        JsonObject o => [.. o.SelectMany(p => p.Value is null ? [] : Strings(p.Value))],
        JsonArray a => [.. a.SelectMany(i => i is null ? [] : Strings(i))],
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
