using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Colocation;
using RedIt.Portal.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static RedIt.Portal.Tests.Colocation.VisitWorld;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Colocation;

// Clause 2.5: a colocation customer asks for a visit, Support approves it, and only then do the
// visitors' first and last names, the window and the rack go to the datacenter provider (a local
// server answering as Equinix's work-visit API does), once, with the disclosure recorded first.
[Trait("Policy", "2.5")]
public sealed class DatacenterVisitTests : IDisposable
{
    private const string Token = """{"access_token":"eqx-4f1c2b","token_timeout":"3599","user_name":"redit-api","token_type":"Bearer"}""";
    private const string WorkVisits = "/colocations/v2/orders/workVisits";
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly PortalFactory _portal;

    public DatacenterVisitTests()
    {
        _portal = VisitWorld.Portal(_api.Url!);
        _api.Given(Request.Create().WithPath("/oauth2/v1/token").UsingPost()).RespondWith(Json(200, Token));
    }

    [Fact]
    public async Task A_request_for_two_visitors_approved_by_Support_reaches_Equinix_with_exactly_the_names_the_window_and_the_rack_once_disclosed()
    {
        Ordered();
        var customer = await CustomerAsync(_portal);
        var service = await customer.Browser.GetAsync($"/profile/services/{customer.Colocation.Id}");
        Assert.Equal("Request a datacenter visit", service.Document.QuerySelector($"a[href='/profile/services/{customer.Colocation.Id}/visits/new']")?.TextContent.Trim());
        var form = await customer.Browser.GetAsync($"/profile/services/{customer.Colocation.Id}/visits/new");
        Assert.Equal("AM1:01:000123:0101", form.Value("Input.Rack"));
        Assert.Equal(3, form.Document.QuerySelectorAll("fieldset.visitor").Length);
        Assert.Contains("we give the first and last name of each visitor, the time of the visit and the rack to our datacenter provider", form.Text, StringComparison.Ordinal);
        Assert.Contains("We keep the names for a year after the visit.", form.Text, StringComparison.Ordinal);
        Assert.Contains("Ask at least 24 hours before the visit starts", form.Text, StringComparison.Ordinal);
        var day = Day;

        var listed = await customer.Browser.SubmitAndFollowAsync(form, Form(day, ("Sanne", "de Vries"), ("Pieter", "Bakker")), "/visits/new");

        Assert.Contains("Your visit is requested.", listed.Text, StringComparison.Ordinal);
        var row = Assert.Single(listed.Document.QuerySelectorAll("table.visits tbody tr"));
        Assert.Equal("Requested", row.GetAttribute("data-status"));
        Assert.Contains("Pieter Bakker, Sanne de Vries", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("09:00–12:30", row.TextContent, StringComparison.Ordinal);
        var visit = Assert.Single(await VisitsAsync(_portal, customer.Id));
        Assert.Equal((VisitStatus.Requested, DatacenterSendStatus.NotSent, Utc(day, 9), Utc(day, 12, 30), "AM1:01:000123:0101", customer.Colocation.Id),
            (visit.Status, visit.SendStatus, visit.StartsAt, visit.EndsAt, visit.Rack, visit.ServiceId));
        Assert.Equal(["Bakker Pieter", "de Vries Sanne"], visit.Visitors.Select(v => v.LastName + " " + v.FirstName).Order(StringComparer.Ordinal));

        // Nothing leaves before Support decides.
        Assert.Equal(0, await SendAsync(_portal));
        Assert.Empty(_api.LogEntries);

        var (support, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Support);
        var queue = await support.GetAsync("/staff/visits");
        Assert.NotNull(queue.Document.QuerySelector($"table.staff-visits tr[data-visit='{visit.Id}']"));
        var found = await support.GetAsync("/staff/visits?q=pieter+bakker");
        Assert.Single(found.Document.QuerySelectorAll("table.staff-visits tbody tr"), r => r.GetAttribute("data-visit") == visit.Id.ToString());
        var approved = await DecideAsync(support, visit.Id, "approve");
        Assert.Contains("The visit is approved.", approved.Text, StringComparison.Ordinal);
        Assert.Equal("Approved", approved.Document.QuerySelector(".visit-status")?.TextContent.Trim());
        Assert.Equal(DatacenterSendStatus.ToSend, Assert.Single(await VisitsAsync(_portal, customer.Id)).SendStatus);
        Assert.Equal(1, await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(a => a.Action == AuditAction.DatacenterVisitApproved && a.SubjectPersonId == customer.Id)));
        var mail = await Mailbox.WaitForAsync(customer.Email, "is approved");
        Assert.Contains("Pieter Bakker, Sanne de Vries", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("because you requested this visit", mail.TextBody, StringComparison.Ordinal);

        Assert.Equal(1, await SendAsync(_portal));

        var token = Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/oauth2/v1/token");
        AssertJson("""{"grant_type":"client_credentials","client_id":"redit-client","client_secret":"redit-secret"}""", token.RequestMessage.Body);
        var order = Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == WorkVisits);
        Assert.Equal("Bearer eqx-4f1c2b", order.RequestMessage.Headers!["Authorization"].Single());
        var body = JsonNode.Parse(order.RequestMessage.Body!)!;
        var details = body["details"]!;
        var cage = Assert.Single(details["cages"]!.AsArray())!;
        Assert.Equal(("AM1:01:000123", "132028", "AM1:01:000123:0101"), ((string?)cage["id"], (string?)cage["accountNumber"], (string?)cage["cabinetId"]));
        Assert.Equal(Utc(day, 9).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), (string?)details["visitStartDateTime"]);
        Assert.Equal(Utc(day, 12, 30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), (string?)details["visitEndDateTime"]);
        var visitors = details["visitors"]!.AsArray();
        Assert.Equal(2, visitors.Count);
        Assert.Equal(("Pieter", "Bakker", "RED-IT"), ((string?)visitors[0]!["firstName"], (string?)visitors[0]!["lastName"], (string?)visitors[0]!["companyName"]));
        Assert.Equal(("Sanne", "de Vries", "RED-IT"), ((string?)visitors[1]!["firstName"], (string?)visitors[1]!["lastName"], (string?)visitors[1]!["companyName"]));
        Assert.Equal(["accountNumber", "cabinetId", "id"], cage.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["companyName", "firstName", "lastName"], visitors.SelectMany(v => v!.AsObject().Select(p => p.Key)).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["cages", "visitEndDateTime", "visitStartDateTime", "visitors"], details.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["customerReferenceId", "details"], body.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(visit.Id.ToString("N"), (string?)body["customerReferenceId"]);
        AssertNothingOfTheCustomer(customer.Email);

        var disclosure = Assert.Single(await DisclosuresAsync(_portal, customer.Id));
        Assert.Equal(("Datacenter provider", "first name, last name, visit window", "Datacenter visit " + visit.Id.ToString("D")),
            (disclosure.Recipient, disclosure.DataItems, disclosure.Reference));
        var sent = Assert.Single(await VisitsAsync(_portal, customer.Id));
        Assert.Equal((DatacenterSendStatus.Sent, "1-44556677", 1, (string?)null), (sent.SendStatus, sent.SupplierReference, sent.SendAttempts, sent.LastSendError));
        Assert.True(disclosure.At <= sent.SentAt);

        // Nothing left to do: no second order, no second disclosure.
        Assert.Equal(0, await SendAsync(_portal));
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == WorkVisits);
        Assert.Single(await DisclosuresAsync(_portal, customer.Id));
        var page = await support.GetAsync($"/staff/visits/{visit.Id}");
        Assert.Equal("Sent to the datacenter", page.Document.QuerySelector(".send-status")?.TextContent.Trim());
        Assert.Equal("1-44556677", page.Document.QuerySelector(".provider-reference")?.TextContent.Trim());
        var mine = await customer.Browser.GetAsync($"/profile/services/{customer.Colocation.Id}/visits");
        Assert.Equal("Approved", mine.Document.QuerySelector("table.visits tbody tr")?.GetAttribute("data-status"));
    }

    [Fact]
    public async Task A_form_with_mistakes_shows_each_under_its_field_keeps_everything_typed_and_stores_nothing()
    {
        var customer = await CustomerAsync(_portal);
        var day = Day;
        var form = Form(day, ("Pieter", ""), ("Sanne", "de Vries"));
        form["Input.StartTime"] = "12:00";
        form["Input.EndTime"] = "09:00";
        form["Input.Rack"] = "rack of Jan!";

        var refused = await RequestAsync(customer, form);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Request a datacenter visit", refused.Heading);
        Assert.Equal("The visit ends after it starts, on the same day.", refused.FieldError("Input.EndTime"));
        Assert.Equal("Please enter the visitor's last name.", refused.FieldError("Input.Visitors[0].LastName"));
        Assert.StartsWith("A rack is at most 50 letters", refused.FieldError("Input.Rack"), StringComparison.Ordinal);
        Assert.Null(refused.FieldError("Input.Visitors[1].LastName"));
        Assert.Equal((Iso(day), "12:00", "09:00", "rack of Jan!", "Pieter", "", "Sanne", "de Vries"),
            (refused.Value("Input.Date"), refused.Value("Input.StartTime"), refused.Value("Input.EndTime"), refused.Value("Input.Rack"),
             refused.Value("Input.Visitors[0].FirstName"), refused.Value("Input.Visitors[0].LastName"),
             refused.Value("Input.Visitors[1].FirstName"), refused.Value("Input.Visitors[1].LastName")));

        var empty = await RequestAsync(customer, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Equal("Please enter the date of the visit.", empty.FieldError("Input.Date"));
        Assert.Equal("Please name at least one visitor.", empty.FieldError("Input.Visitors"));

        // Within the hour, and never across midnight, whatever time the test runs.
        var soon = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddHours(1), Amsterdam);
        soon = soon.TimeOfDay >= TimeSpan.FromHours(23) ? soon.Date.AddDays(1) : soon;
        var tomorrowSoon = Form(DateOnly.FromDateTime(soon), ("Pieter", "Bakker"));
        tomorrowSoon["Input.StartTime"] = soon.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        tomorrowSoon["Input.EndTime"] = soon.AddMinutes(30).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("A visit starts at least 24 hours from now, so the datacenter can prepare it.", (await RequestAsync(customer, tomorrowSoon)).FieldError("Input.StartTime"));

        var tooLong = Form(day, ("Pieter", "Bakker"));
        tooLong["Input.StartTime"] = "07:00";
        tooLong["Input.EndTime"] = "19:30";
        Assert.Equal("A visit lasts at most 12 hours.", (await RequestAsync(customer, tooLong)).FieldError("Input.EndTime"));

        var tooFar = Form(day.AddDays(100), ("Pieter", "Bakker"));
        Assert.Equal("A visit can be requested at most 90 days ahead.", (await RequestAsync(customer, tooFar)).FieldError("Input.Date"));

        var longName = Form(day, (new string('a', 51), "Bakker"));
        Assert.Equal("A first name can be at most 50 characters.", (await RequestAsync(customer, longName)).FieldError("Input.Visitors[0].FirstName"));

        Assert.Empty(await VisitsAsync(_portal, customer.Id));
    }

    [Fact]
    public async Task Add_a_visitor_gives_one_more_row_without_JavaScript_and_keeps_what_was_typed()
    {
        var customer = await CustomerAsync(_portal);
        var page = await customer.Browser.GetAsync($"/profile/services/{customer.Colocation.Id}/visits/new");
        var add = page.Document.QuerySelector("button[formaction$='/visits/new?add=true']");
        Assert.NotNull(add);
        page.Form("/visits/new").SetAttribute("action", add.GetAttribute("formaction"));
        var form = Form(Day, ("Pieter", "Bakker"), ("Sanne", "de Vries"), ("Kees", "Jong"));

        var more = await customer.Browser.SubmitAndFollowAsync(page, form, "/visits/new");

        Assert.Equal(4, more.Document.QuerySelectorAll("fieldset.visitor").Length);
        Assert.Equal(("Kees", "Jong", "", Iso(Day)), (more.Value("Input.Visitors[2].FirstName"), more.Value("Input.Visitors[2].LastName"), more.Value("Input.Visitors[3].FirstName"), more.Value("Input.Date")));
        Assert.Null(more.Document.QuerySelector("[aria-invalid='true']"));
        Assert.Empty(await VisitsAsync(_portal, customer.Id));

        // The form it shows requests the visit with all four rows.
        form["Input.Visitors[3].FirstName"] = "Anna";
        form["Input.Visitors[3].LastName"] = "Smit";
        await customer.Browser.SubmitAndFollowAsync(more, form, "/visits/new");
        Assert.Equal(4, Assert.Single(await VisitsAsync(_portal, customer.Id)).Visitors.Count);
    }

    [Fact]
    public async Task A_provider_that_answers_500_and_then_201_gets_the_visit_again_later_and_it_is_sent_once_with_one_disclosure()
    {
        _api.Given(Request.Create().WithPath(WorkVisits).UsingPost()).InScenario("down").WillSetStateTo("up")
            .RespondWith(Json(500, """[{"errorCode":"EQ-2042101","errorMessage":"The server has encountered an unexpected error for Pieter Bakker"}]"""));
        _api.Given(Request.Create().WithPath(WorkVisits).UsingPost()).InScenario("down").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Location", "/orders/1-55667788"));
        var (customer, visitId, support) = await ApprovedAsync();

        Assert.Equal(1, await SendAsync(_portal));
        var waiting = Assert.Single(await VisitsAsync(_portal, customer.Id));
        Assert.Equal((DatacenterSendStatus.ToSend, 1, "Equinix answered 500 EQ-2042101 to colocations/v2/orders/workVisits."),
            (waiting.SendStatus, waiting.SendAttempts, waiting.LastSendError));
        Assert.True(waiting.NextSendAttemptAt > DateTime.UtcNow.AddSeconds(30));
        var page = await support.GetAsync($"/staff/visits/{visitId}");
        Assert.Equal("Waiting to be sent to the datacenter", page.Document.QuerySelector(".send-status")?.TextContent.Trim());
        Assert.Contains("500 EQ-2042101", page.Document.QuerySelector(".last-error")?.TextContent, StringComparison.Ordinal);
        // Not due yet.
        Assert.Equal(0, await SendAsync(_portal));

        await DueNowAsync(_portal, visitId);
        Assert.Equal(1, await SendAsync(_portal));

        Assert.Equal(2, _api.LogEntries.Count(e => e.RequestMessage.Path == WorkVisits));
        var sent = Assert.Single(await VisitsAsync(_portal, customer.Id));
        Assert.Equal((DatacenterSendStatus.Sent, "1-55667788", 2, (string?)null), (sent.SendStatus, sent.SupplierReference, sent.SendAttempts, sent.LastSendError));
        Assert.Single(await DisclosuresAsync(_portal, customer.Id));
        Assert.Equal(0, await SendAsync(_portal));
    }

    [Fact]
    public async Task A_refusal_stops_the_visit_and_Support_sees_Equinixs_error_code()
    {
        _api.Given(Request.Create().WithPath(WorkVisits).UsingPost())
            .RespondWith(Json(400, """[{"errorCode":"EQ-2042010","errorMessage":"Visitor Pieter Bakker is not allowed"}]"""));
        var (customer, visitId, support) = await ApprovedAsync();

        Assert.Equal(1, await SendAsync(_portal));

        var failed = Assert.Single(await VisitsAsync(_portal, customer.Id));
        Assert.Equal((DatacenterSendStatus.Failed, (DateTime?)null, "Equinix refused colocations/v2/orders/workVisits with 400 EQ-2042010."),
            (failed.SendStatus, failed.NextSendAttemptAt, failed.LastSendError));
        var page = await support.GetAsync($"/staff/visits/{visitId}");
        Assert.Equal("Could not be sent to the datacenter", page.Document.QuerySelector(".send-status")?.TextContent.Trim());
        Assert.Equal(0, await SendAsync(_portal));
    }

    [Fact]
    public async Task A_visit_Equinix_refused_is_sent_again_by_Support_once_however_often_clicked_and_then_reaches_Equinix_once()
    {
        _api.Given(Request.Create().WithPath(WorkVisits).UsingPost()).InScenario("refused").WillSetStateTo("fixed")
            .RespondWith(Json(400, """[{"errorCode":"EQ-2042010","errorMessage":"Cabinet is not active"}]"""));
        _api.Given(Request.Create().WithPath(WorkVisits).UsingPost()).InScenario("refused").WhenStateIs("fixed")
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Location", "/orders/1-66778899"));
        var (customer, visitId, support) = await ApprovedAsync();
        Assert.Equal(1, await SendAsync(_portal));
        Assert.Equal(DatacenterSendStatus.Failed, Assert.Single(await VisitsAsync(_portal, customer.Id)).SendStatus);
        var page = await support.GetAsync($"/staff/visits/{visitId}");
        Assert.NotNull(page.Document.QuerySelector($"form[action='/staff/visits/{visitId}/send-again'] button"));

        var clicks = await Task.WhenAll(
            support.SubmitAsync(page, new Dictionary<string, string>(), "/send-again"),
            support.SubmitAsync(page, new Dictionary<string, string>(), "/send-again"));
        foreach (var click in clicks)
        {
            Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
            click.Dispose();
        }

        Assert.Equal(1, await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(a => a.Action == AuditAction.DatacenterVisitSentAgain && a.SubjectPersonId == customer.Id)));
        var reset = Assert.Single(await VisitsAsync(_portal, customer.Id));
        Assert.Equal((DatacenterSendStatus.ToSend, 0, (string?)null), (reset.SendStatus, reset.SendAttempts, reset.LastSendError));
        var waiting = await support.GetAsync($"/staff/visits/{visitId}");
        Assert.Equal("Waiting to be sent to the datacenter", waiting.Document.QuerySelector(".send-status")?.TextContent.Trim());
        Assert.Null(waiting.Document.QuerySelector("form[action$='/send-again']"));
        var late = await support.SubmitAndFollowAsync(page, new Dictionary<string, string>(), "/send-again");
        Assert.Contains("Only a visit that could not be sent to the datacenter provider, and has not started, can be sent again.", late.Text, StringComparison.Ordinal);

        var before = _api.LogEntries.Count(e => e.RequestMessage.Path == WorkVisits);
        Assert.Equal(1, await SendAsync(_portal));
        Assert.Equal(0, await SendAsync(_portal));
        Assert.Equal(before + 1, _api.LogEntries.Count(e => e.RequestMessage.Path == WorkVisits));
        var sent = Assert.Single(await VisitsAsync(_portal, customer.Id));
        Assert.Equal((DatacenterSendStatus.Sent, "1-66778899", 1), (sent.SendStatus, sent.SupplierReference, sent.SendAttempts));
        // The names left twice, once per decision to send them, and each time is recorded.
        Assert.Equal(2, (await DisclosuresAsync(_portal, customer.Id)).Count);
        Assert.Equal(1, await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(a => a.Action == AuditAction.DatacenterVisitSentAgain && a.SubjectPersonId == customer.Id)));
    }

    [Fact]
    public async Task A_visit_that_did_not_fail_cannot_be_sent_again()
    {
        Ordered();
        var (customer, visitId, support) = await ApprovedAsync();

        // Waiting to be sent, then sent: neither offers nor takes "send again".
        foreach (var expected in new[] { DatacenterSendStatus.ToSend, DatacenterSendStatus.Sent })
        {
            var page = await support.GetAsync($"/staff/visits/{visitId}");
            Assert.Null(page.Document.QuerySelector("form[action$='/send-again']"));
            page.Form("/logout").SetAttribute("action", $"/staff/visits/{visitId}/send-again");
            var refused = await support.SubmitAndFollowAsync(page, new Dictionary<string, string>(), "/send-again");
            Assert.Contains("Only a visit that could not be sent to the datacenter provider, and has not started, can be sent again.", refused.Text, StringComparison.Ordinal);
            var visit = Assert.Single(await VisitsAsync(_portal, customer.Id));
            Assert.Equal(expected, visit.SendStatus);
            if (expected == DatacenterSendStatus.ToSend)
            {
                Assert.Equal(1, await SendAsync(_portal));
            }
        }

        Assert.Equal(0, await SendAsync(_portal));
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == WorkVisits);
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(a => a.Action == AuditAction.DatacenterVisitSentAgain && a.SubjectPersonId == customer.Id)));
    }

    [Fact]
    public async Task Declining_needs_a_reason_that_is_mailed_to_the_customer_in_their_language_and_nothing_is_sent()
    {
        Ordered();
        var customer = await CustomerAsync(_portal);
        await _portal.WithDbAsync(db => db.Users.Where(u => u.Id == customer.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredCulture, "nl")));
        await RequestAsync(customer, Form(Day, ("Pieter", "Bakker")));
        var visitId = Assert.Single(await VisitsAsync(_portal, customer.Id)).Id;
        var (support, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Support);

        var noReason = await DecideAsync(support, visitId, "decline", reason: " ");
        Assert.Equal("Please give the reason: it is sent to the customer.", noReason.FieldError("Decline.Reason"));
        Assert.Equal(VisitStatus.Requested, Assert.Single(await VisitsAsync(_portal, customer.Id)).Status);

        var declined = await DecideAsync(support, visitId, "decline", reason: "The rack is closed for maintenance that day.");
        Assert.Contains("The visit is declined.", declined.Text, StringComparison.Ordinal);
        var visit = Assert.Single(await VisitsAsync(_portal, customer.Id));
        Assert.Equal((VisitStatus.Declined, "The rack is closed for maintenance that day.", DatacenterSendStatus.NotSent), (visit.Status, visit.DeclineReason, visit.SendStatus));
        var mail = await Mailbox.WaitForAsync(customer.Email, "is niet goedgekeurd");
        Assert.Contains("The rack is closed for maintenance that day.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Je krijgt deze mail omdat je dit bezoek", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(a => a.Action == AuditAction.DatacenterVisitDeclined && a.SubjectPersonId == customer.Id)));

        Assert.Equal(0, await SendAsync(_portal));
        Assert.Empty(_api.LogEntries);
        Assert.Empty(await DisclosuresAsync(_portal, customer.Id));
        var mine = await customer.Browser.GetAsync($"/profile/services/{customer.Colocation.Id}/visits");
        Assert.Contains("The rack is closed for maintenance that day.", mine.Document.QuerySelector(".decline-reason")?.TextContent, StringComparison.Ordinal);
        Assert.Null(mine.Document.QuerySelector("table.visits form"));
    }

    [Fact]
    public async Task Another_customers_service_and_visit_and_a_service_that_is_no_colocation_are_not_found()
    {
        var owner = await CustomerAsync(_portal);
        await RequestAsync(owner, Form(Day, ("Pieter", "Bakker")));
        var theirs = Assert.Single(await VisitsAsync(_portal, owner.Id));
        var other = await CustomerAsync(_portal);
        var hosting = await ServiceAsync(_portal, other.Id, ProductKind.Hosting);

        foreach (var url in new[]
        {
            $"/profile/services/{owner.Colocation.Id}/visits", $"/profile/services/{owner.Colocation.Id}/visits/new",
            $"/profile/services/{hosting.Id}/visits", $"/profile/services/{hosting.Id}/visits/new", $"/profile/services/{Guid.NewGuid()}/visits",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.Browser.GetAsync(url)).Status);
        }

        var hostingPage = await other.Browser.GetAsync($"/profile/services/{hosting.Id}");
        Assert.Null(hostingPage.Document.QuerySelector("a[href$='/visits/new']"));

        // The other customer's own form and token, sent at the owner's service and visit.
        foreach (var target in new[] { $"/profile/services/{owner.Colocation.Id}/visits/new", $"/profile/services/{hosting.Id}/visits/new",
            $"/profile/services/{owner.Colocation.Id}/visits/{theirs.Id}/cancel", $"/profile/services/{other.Colocation.Id}/visits/{theirs.Id}/cancel" })
        {
            var form = await other.Browser.GetAsync($"/profile/services/{other.Colocation.Id}/visits/new");
            form.Form("/visits/new").SetAttribute("action", target);
            using var posted = await other.Browser.SubmitAsync(form, Form(Day, ("Kees", "Jong")));
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        Assert.Equal(VisitStatus.Requested, Assert.Single(await VisitsAsync(_portal, owner.Id)).Status);
        Assert.Empty(await VisitsAsync(_portal, other.Id));
    }

    [Fact]
    public async Task Two_approvals_at_once_decide_audit_and_mail_once_and_four_senders_order_the_visit_once()
    {
        Ordered();
        var customer = await CustomerAsync(_portal);
        await RequestAsync(customer, Form(Day, ("Pieter", "Bakker")));
        var visitId = Assert.Single(await VisitsAsync(_portal, customer.Id)).Id;
        var (support, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Support);
        var (admin, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Admin);
        var pages = await Task.WhenAll(support.GetAsync($"/staff/visits/{visitId}"), admin.GetAsync($"/staff/visits/{visitId}"));

        var clicks = await Task.WhenAll(
            support.SubmitAsync(pages[0], new Dictionary<string, string>(), "/approve"),
            support.SubmitAsync(pages[0], new Dictionary<string, string>(), "/approve"),
            admin.SubmitAsync(pages[1], new Dictionary<string, string>(), "/approve"));
        foreach (var click in clicks)
        {
            Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
            click.Dispose();
        }

        Assert.Equal(1, await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(a => a.Action == AuditAction.DatacenterVisitApproved && a.SubjectPersonId == customer.Id)));
        await Mailbox.WaitForAsync(customer.Email, "is approved");
        await Task.Delay(1000);
        Assert.Single(Mailbox.All(customer.Email), m => (m.Subject ?? "").Contains("is approved", StringComparison.Ordinal));
        // A third click on the page as it was: told, and nothing changes.
        var late = await support.SubmitAndFollowAsync(pages[0], new Dictionary<string, string>(), "/approve");
        Assert.Contains("Only a visit that waits for approval and has not started can be decided.", late.Text, StringComparison.Ordinal);
        Assert.Null(late.Document.QuerySelector("form[action$='/approve']"));
        Assert.Equal(1, await _portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(a => a.Action == AuditAction.DatacenterVisitApproved && a.SubjectPersonId == customer.Id)));

        var senders = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SendAsync(_portal))));
        Assert.Equal(1, senders.Sum());
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == WorkVisits);
        Assert.Single(await DisclosuresAsync(_portal, customer.Id));
    }

    [Fact]
    public async Task A_customer_cancels_a_sent_visit_and_Equinix_cancels_it_and_a_cancelled_request_is_never_sent()
    {
        Ordered();
        _api.Given(Request.Create().WithPath("/colocations/v2/orders/1-44556677/cancel").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("Location", "/orders/1-44556677"));
        var (customer, visitId, _) = await ApprovedAsync();
        Assert.Equal(1, await SendAsync(_portal));

        var list = await customer.Browser.GetAsync($"/profile/services/{customer.Colocation.Id}/visits");
        var cancelled = await customer.Browser.SubmitAndFollowAsync(list, new Dictionary<string, string>(), $"/visits/{visitId}/cancel");
        Assert.Contains("The visit is cancelled.", cancelled.Text, StringComparison.Ordinal);
        Assert.Equal((VisitStatus.Cancelled, DatacenterSendStatus.ToCancel), Status(Assert.Single(await VisitsAsync(_portal, customer.Id))));

        Assert.Equal(1, await SendAsync(_portal));
        var cancel = Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/colocations/v2/orders/1-44556677/cancel");
        AssertJson("""{"reason":"Cancelled by the customer"}""", cancel.RequestMessage.Body);
        Assert.Equal((VisitStatus.Cancelled, DatacenterSendStatus.Cancelled), Status(Assert.Single(await VisitsAsync(_portal, customer.Id))));
        // Cancelling sends no personal data: still the one disclosure of the order itself.
        Assert.Single(await DisclosuresAsync(_portal, customer.Id));

        // A request cancelled before Support decided goes nowhere.
        await RequestAsync(customer, Form(Day.AddDays(1), ("Kees", "Jong")));
        var second = (await VisitsAsync(_portal, customer.Id)).Single(v => v.Id != visitId);
        list = await customer.Browser.GetAsync($"/profile/services/{customer.Colocation.Id}/visits");
        await customer.Browser.SubmitAndFollowAsync(list, new Dictionary<string, string>(), $"/visits/{second.Id}/cancel");
        Assert.Equal((VisitStatus.Cancelled, DatacenterSendStatus.NotSent), Status((await VisitsAsync(_portal, customer.Id)).Single(v => v.Id == second.Id)));
        Assert.Equal(0, await SendAsync(_portal));
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == WorkVisits);
    }

    [Fact]
    public async Task The_visitors_names_are_in_the_customers_data_export()
    {
        var customer = await CustomerAsync(_portal);
        await RequestAsync(customer, Form(Day, ("Wilhelmina", "Oosterhuis"), ("Teun", "van Dijk")));

        var ready = await customer.Browser.SubmitAndFollowAsync(await customer.Browser.GetAsync("/profile/data/export"),
            new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password });
        using var response = await customer.Browser.SubmitAsync(ready, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var json = Read(zip, "data.json");
        var html = new HtmlParser().ParseDocument(Read(zip, "data.html")).Body!.TextContent;
        foreach (var name in new[] { "Wilhelmina", "Oosterhuis", "Teun", "van Dijk" })
        {
            Assert.Contains(name, json, StringComparison.Ordinal);
            Assert.Contains(name, html, StringComparison.Ordinal);
        }

        Assert.Contains("Datacenter visits", html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _portal.Dispose();
        _api.Stop();
        _api.Dispose();
    }

    private static (VisitStatus, DatacenterSendStatus) Status(DatacenterVisit visit) => (visit.Status, visit.SendStatus);

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private static void AssertJson(string expected, string? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual ?? "null")), actual);

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    // Equinix accepts the order and names it in the Location header.
    private void Ordered() =>
        _api.Given(Request.Create().WithPath(WorkVisits).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Location", "/orders/1-44556677"));

    private async Task<(Customer Customer, Guid VisitId, Browserless Support)> ApprovedAsync()
    {
        var customer = await CustomerAsync(_portal);
        await RequestAsync(customer, Form(Day, ("Pieter", "Bakker")));
        var visitId = Assert.Single(await VisitsAsync(_portal, customer.Id)).Id;
        var (support, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Support);
        await DecideAsync(support, visitId, "approve");
        return (customer, visitId, support);
    }

    // Every request the provider received: none carries the customer's name, e-mail address or phone number.
    private void AssertNothingOfTheCustomer(string email)
    {
        foreach (var entry in _api.LogEntries)
        {
            var request = entry.RequestMessage;
            var all = string.Join("\n", request.Url, request.Body ?? "", string.Join("\n", request.Headers!.Select(h => h.Key + ": " + string.Join(",", h.Value))));
            foreach (var personal in new[] { email, "Jan", "Jansen", "+31201234567", "1234567", "Damrak" })
            {
                Assert.DoesNotContain(personal, all, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
