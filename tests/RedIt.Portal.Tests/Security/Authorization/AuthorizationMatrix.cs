using static RedIt.Portal.Tests.Security.Authorization.Answer;

namespace RedIt.Portal.Tests.Security.Authorization;

// Every route of the portal with what each actor gets. A new route without its row fails
// AuthorizationMatrixTests, so a feature lands with its rows: copy a row of the same kind.
// POSTs are sent with a valid antiforgery token and an empty form unless a form is given.
public static class AuthorizationMatrix
{
    // Before Rows: static fields start in the order they are written.
    private static readonly Actor[] AllActors = Enum.GetValues<Actor>();

    public static readonly MatrixRow[] Rows =
    [
        // Public pages: the same for everyone.
        Row("GET /", "/", Everyone(Ok)),
        Row("POST /language", "/language", Everyone(Redirect)),
        Row("ANY /health", "/health", Everyone(Ok)),
        Row("ANY /error", "/error", Everyone(NotFound)),
        Row("ANY /error/{status:int}", "/error/404", Everyone(NotFound)),
        Row("ANY /{**path}", "/no/such/page", Everyone(NotFound)),
        Row("GET /privacy", "/privacy", Everyone(Ok)),
        Row("GET /privacy/versions/{number:int}", "/privacy/versions/1", Everyone(Ok)),
        Row("GET /privacy/cookies", "/privacy/cookies", Everyone(Ok)),
        Row("POST /privacy/cookies", "/privacy/cookies", Everyone(Redirect), Form(("choice", "refuse"))),
        Row("GET /privacy/request", "/privacy/request", Everyone(Ok)),
        Row("POST /privacy/request", "/privacy/request", Everyone(Ok)),
        Row("GET /privacy/request/sent", "/privacy/request/sent", Everyone(Ok)),
        Row("GET /privacy/request/confirm", "/privacy/request/confirm", Everyone(Ok)),
        Row("POST /privacy/request/confirm", "/privacy/request/confirm", Everyone(Ok)),
        Row("GET /consent/unsubscribe", "/consent/unsubscribe", Everyone(Ok)),
        Row("GET /contact", "/contact", Everyone(Ok)),
        Row("POST /contact", "/contact", Everyone(Ok)),
        Row("GET /contact/sent", "/contact/sent", Everyone(Ok)),
        Row("POST /consent/unsubscribe", "/consent/unsubscribe", Everyone(Ok)),

        // Signing up and in.
        Row("GET /account/register", "/account/register", Everyone(Ok)),
        Row("POST /account/register", "/account/register", Everyone(Ok)),
        Row("GET /account/registered", "/account/registered", Everyone(Ok)),
        Row("GET /account/confirm-email", "/account/confirm-email", Everyone(Ok)),
        Row("POST /account/confirm-email", "/account/confirm-email", Everyone(Ok)),
        Row("GET /account/resend-confirmation", "/account/resend-confirmation", Everyone(Ok)),
        Row("POST /account/resend-confirmation", "/account/resend-confirmation", Everyone(Ok)),
        Row("GET /account/login", "/account/login", Everyone(Ok)),
        Row("POST /account/login", "/account/login", Everyone(Ok)),
        Row("GET /account/login-two-factor", "/account/login-two-factor", Everyone(Redirect)),
        Row("POST /account/login-two-factor", "/account/login-two-factor", Everyone(Redirect)),
        Row("GET /account/login-recovery-code", "/account/login-recovery-code", Everyone(Redirect)),
        Row("POST /account/login-recovery-code", "/account/login-recovery-code", Everyone(Redirect)),
        Row("GET /account/lockout", "/account/lockout", Everyone(Ok)),
        Row("GET /account/access-denied", "/account/access-denied", Everyone(Ok)),
        Row("GET /account/forgot-password", "/account/forgot-password", Everyone(Ok)),
        Row("POST /account/forgot-password", "/account/forgot-password", Everyone(Ok)),
        Row("GET /account/forgot-password-sent", "/account/forgot-password-sent", Everyone(Ok)),
        Row("GET /account/reset-password", "/account/reset-password", Everyone(Ok)),
        Row("POST /account/reset-password", "/account/reset-password", Everyone(Ok)),
        Row("GET /account/reset-password-done", "/account/reset-password-done", Everyone(Ok)),
        Row("GET /account/confirm-password", "/account/confirm-password", SignedIn(Ok)),
        Row("POST /account/confirm-password", "/account/confirm-password", SignedIn(Ok)),
        // Runs last: it ends the actor's session.
        Row("POST /account/logout", "/account/logout", Everyone(Redirect)),

        // The signed-in person's own account. Staff have no customer details to correct, and their
        // two-factor is on already, so its setup sends them back.
        Row("GET /profile", "/profile", SignedIn(Ok)),
        Row("GET /profile/edit", "/profile/edit", Customers(Ok, staff: NotFound)),
        Row("POST /profile/edit", "/profile/edit", Customers(Ok, staff: NotFound)),
        Row("GET /profile/email", "/profile/email", SignedIn(Ok)),
        Row("POST /profile/email", "/profile/email", SignedIn(Ok)),
        Row("GET /profile/email/confirm", "/profile/email/confirm", Everyone(Ok)),
        Row("POST /profile/email/confirm", "/profile/email/confirm", Everyone(Ok)),
        Row("GET /profile/password", "/profile/password", SignedIn(Ok)),
        Row("POST /profile/password", "/profile/password", SignedIn(Ok)),
        Row("GET /profile/two-factor", "/profile/two-factor", SignedIn(Ok)),
        Row("GET /profile/two-factor/setup", "/profile/two-factor/setup", Customers(Ok, staff: Redirect)),
        Row("POST /profile/two-factor/setup", "/profile/two-factor/setup", Customers(Ok, staff: Redirect)),
        Row("POST /profile/two-factor/recovery-codes", "/profile/two-factor/recovery-codes", Customers(Redirect, staff: Ok)),
        Row("GET /profile/two-factor/disable", "/profile/two-factor/disable", SignedIn(Ok)),
        Row("POST /profile/two-factor/disable", "/profile/two-factor/disable", SignedIn(Ok)),
        Row("GET /profile/consent", "/profile/consent", SignedIn(Ok)),
        Row("POST /profile/consent", "/profile/consent", SignedIn(Redirect)),
        Row("POST /privacy/acknowledge", "/privacy/acknowledge", SignedIn(Redirect)),
        Row("GET /profile/data/export", "/profile/data/export", SignedIn(Ok)),
        Row("POST /profile/data/export", "/profile/data/export", SignedIn(Ok)),
        // A's one-time download ticket: A gets the file, anyone else nothing, as if it did not exist.
        Row("POST /profile/data/export/download", "/profile/data/export/download", SignedIn(NotFound).With(Actor.CustomerA, Ok), Form(("token", "{exportToken}"))),
        Row("GET /profile/data/correction", "/profile/data/correction", SignedIn(Ok)),
        Row("POST /profile/data/correction", "/profile/data/correction", SignedIn(Ok)),
        Row("GET /profile/data/delete", "/profile/data/delete", SignedIn(Ok)),
        Row("POST /profile/data/delete", "/profile/data/delete", SignedIn(Ok)),
        // Customer A's ticket: B finds nothing, as if the number did not exist; staff work on the desk.
        Row("GET /profile/tickets", "/profile/tickets", Only(Ok, Actor.CustomerA, Actor.CustomerB)),
        Row("GET /profile/tickets/{number:int}", "/profile/tickets/{ticket}", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("POST /profile/tickets/{number:int}/reply", "/profile/tickets/{ticket}/reply", Only(Redirect, Actor.CustomerA).With(Actor.CustomerB, NotFound), Form(("Reply.Message", "Any news?"))),
        Row("GET /profile/tickets/{number:int}/attachments/{id:guid}", "/profile/tickets/{ticket}/attachments/{attachment}", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("GET /profile/tickets/{number:int}/close", "/profile/tickets/{ticket}/close", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("POST /profile/tickets/{number:int}/close", "/profile/tickets/{ticket}/close", Only(Redirect, Actor.CustomerA).With(Actor.CustomerB, NotFound)),

        // Admin: data-subject requests (customer A's), retention, register, policy versions, audit log.
        Row("GET /admin", "/admin", Only(Ok, Actor.Admin)),
        Row("GET /admin/audit-log", "/admin/audit-log", Only(Ok, Actor.Admin)),
        Row("GET /admin/privacy/register", "/admin/privacy/register", Only(Ok, Actor.Admin)),
        Row("GET /admin/privacy/register/download", "/admin/privacy/register/download", Only(Ok, Actor.Admin)),
        Row("GET /admin/retention", "/admin/retention", Only(Ok, Actor.Admin)),
        Row("POST /admin/retention/dry-run", "/admin/retention/dry-run", Only(Redirect, Actor.Admin)),
        Row("GET /admin/retention/run", "/admin/retention/run", Only(Ok, Actor.Admin)),
        Row("POST /admin/retention/run", "/admin/retention/run", Only(Ok, Actor.Admin)),
        Row("GET /admin/retention/runs/{id:guid}", "/admin/retention/runs/{run}", Only(Ok, Actor.Admin)),
        Row("GET /admin/requests", "/admin/requests", Only(Ok, Actor.Admin)),
        Row("GET /admin/requests/{id:guid}", "/admin/requests/{request}", Only(Ok, Actor.Admin)),
        Row("POST /admin/requests/{id:guid}/link", "/admin/requests/{request}/link", Only(Redirect, Actor.Admin)),
        Row("GET /admin/requests/{id:guid}/extend", "/admin/requests/{request}/extend", Only(Ok, Actor.Admin)),
        Row("POST /admin/requests/{id:guid}/extend", "/admin/requests/{request}/extend", Only(Ok, Actor.Admin)),
        Row("POST /admin/requests/{id:guid}/export", "/admin/requests/{request}/export", Only(Ok, Actor.Admin)),
        Row("GET /admin/requests/{id:guid}/erasure", "/admin/requests/{request}/erasure", Only(Ok, Actor.Admin)),
        Row("POST /admin/requests/{id:guid}/erasure", "/admin/requests/{request}/erasure", Only(Ok, Actor.Admin)),
        Row("GET /admin/requests/{id:guid}/complete", "/admin/requests/{request}/complete", Only(Ok, Actor.Admin)),
        Row("POST /admin/requests/{id:guid}/complete", "/admin/requests/{request}/complete", Only(Ok, Actor.Admin)),
        Row("GET /admin/requests/{id:guid}/reject", "/admin/requests/{request}/reject", Only(Ok, Actor.Admin)),
        Row("POST /admin/requests/{id:guid}/reject", "/admin/requests/{request}/reject", Only(Ok, Actor.Admin)),
        Row("GET /admin/policy", "/admin/policy", Only(Ok, Actor.Admin)),
        Row("GET /admin/policy/publish", "/admin/policy/publish", Only(Ok, Actor.Admin)),
        Row("POST /admin/policy/publish", "/admin/policy/publish", Only(Ok, Actor.Admin)),

        // The support desk: customer A's support question. Sales and Finance see only their own
        // topics, so for them it does not exist.
        Row("GET /desk", "/desk", Only(Ok, Actor.Support, Actor.Sales, Actor.Finance, Actor.Admin)),
        Row("GET /desk/tickets/{number:int}", "/desk/tickets/{ticket}", DeskTicket(Ok)),
        Row("POST /desk/tickets/{number:int}/take", "/desk/tickets/{ticket}/take", DeskTicket(Redirect)),
        Row("POST /desk/tickets/{number:int}/assign", "/desk/tickets/{ticket}/assign", DeskTicket(Redirect)),
        Row("POST /desk/tickets/{number:int}/status", "/desk/tickets/{ticket}/status", DeskTicket(Redirect)),
        Row("POST /desk/tickets/{number:int}/priority", "/desk/tickets/{ticket}/priority", DeskTicket(Redirect)),
        // An empty reply or note shows the page again with the field's error.
        Row("POST /desk/tickets/{number:int}/reply", "/desk/tickets/{ticket}/reply", DeskTicket(Ok)),
        Row("POST /desk/tickets/{number:int}/note", "/desk/tickets/{ticket}/note", DeskTicket(Ok)),
        Row("GET /desk/tickets/{number:int}/attachments/{id:guid}", "/desk/tickets/{ticket}/attachments/{attachment}", DeskTicket(Ok)),
        // Without a number both merge steps show the form with its error, so nothing is merged.
        Row("GET /desk/tickets/{number:int}/merge", "/desk/tickets/{ticket}/merge", DeskTicket(Ok)),
        Row("POST /desk/tickets/{number:int}/merge", "/desk/tickets/{ticket}/merge", DeskTicket(Ok)),
        Row("POST /desk/tickets/{number:int}/merge/confirm", "/desk/tickets/{ticket}/merge/confirm", DeskTicket(Ok)),

        // Looking customers up: every staff role, never a customer.
        Row("GET /staff/customers", "/staff/customers", Only(Ok, Actor.Support, Actor.Sales, Actor.Finance, Actor.Admin)),
        Row("GET /staff/customers/{number:int}", "/staff/customers/{customer}", Only(Ok, Actor.Support, Actor.Sales, Actor.Finance, Actor.Admin)),
        // The desk's standard replies: kept by Support and Admin; Sales and Finance only pick them
        // on a ticket. An empty form shows its errors; deleting one that is gone ends the same way
        // (so Admin, after Support, is sent back to the list too), and comes last.
        Row("GET /desk/canned-replies", "/desk/canned-replies", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /desk/canned-replies/new", "/desk/canned-replies/new", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /desk/canned-replies/new", "/desk/canned-replies/new", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /desk/canned-replies/{id:guid}/edit", "/desk/canned-replies/{canned}/edit", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /desk/canned-replies/{id:guid}/edit", "/desk/canned-replies/{canned}/edit", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /desk/canned-replies/{id:guid}/delete", "/desk/canned-replies/{canned}/delete", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /desk/canned-replies/{id:guid}/delete", "/desk/canned-replies/{canned}/delete", Only(Redirect, Actor.Support, Actor.Admin)),

        // Phone systems and calls.
        // Admin connects phone systems; an empty form shows its error. The phone API answers only
        // a phone system's key: every person, signed in or not, gets 401 (PhoneApiKeyMatrixTests
        // tries every row with the key).
        Row("GET /admin/phone-systems", "/admin/phone-systems", Only(Ok, Actor.Admin)),
        Row("GET /admin/phone-systems/new", "/admin/phone-systems/new", Only(Ok, Actor.Admin)),
        Row("POST /admin/phone-systems/new", "/admin/phone-systems/new", Only(Ok, Actor.Admin)),
        Row("GET /admin/phone-systems/{id:guid}/revoke", "/admin/phone-systems/{phoneSystem}/revoke", Only(Ok, Actor.Admin)),
        Row("POST /admin/phone-systems/{id:guid}/revoke", "/admin/phone-systems/{phoneSystem}/revoke", Only(Redirect, Actor.Admin)),
        Row("GET /api/phone/lookup", "/api/phone/lookup?number=0612345678", Everyone(Unauthorized)),
        Row("POST /api/phone/calls", "/api/phone/calls", Everyone(Unauthorized)),
        Row("POST /api/phone/calls/{callId}/recording", "/api/phone/calls/{callId}/recording", Everyone(Unauthorized)),
        // The hosting platform reports usage with its key only: every person, signed in or not,
        // gets 401 (UsageReportTests posts with the key, and with a customer's cookie).
        Row("POST /api/platform/usage", "/api/platform/usage", Everyone(Unauthorized)),
        // Customer A's recorded call: Support and Admin hear it, Sales and Finance have no reason to.
        Row("GET /desk/calls", "/desk/calls", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /desk/calls/{id:guid}", "/desk/calls/{call}", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /desk/calls/{id:guid}/recording", "/desk/calls/{call}/recording", Only(Ok, Actor.Support, Actor.Admin)),
        // A's own calls: B finds nothing, as if the call did not exist; staff have no calls of their own.
        Row("GET /profile/calls", "/profile/calls", Only(Ok, Actor.CustomerA, Actor.CustomerB)),
        Row("GET /profile/calls/{id:guid}", "/profile/calls/{call}", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),

        // Legal holds: Support and Admin, on a file of customer A's ticket. An empty form shows its
        // errors; lifting a hold that ended already ends the same way, so Admin after Support is sent on too.
        Row("GET /staff/holds", "/staff/holds", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /staff/holds/record", "/staff/holds/record?entity=TicketAttachment&key={attachment}", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /staff/holds/record", "/staff/holds/record?entity=TicketAttachment&key={attachment}", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /staff/holds/{id:guid}/lift", "/staff/holds/{hold}/lift", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /staff/holds/{id:guid}/lift", "/staff/holds/{hold}/lift", Only(Redirect, Actor.Support, Actor.Admin)),

        // The price list is public; a basket is a customer's own, and staff have none. Adding
        // without a product finds nothing; removing a line that is not one's own changes nothing.
        Row("GET /products", "/products", Everyone(Ok)),
        // The domain search is public; adding a domain is a customer's, and without a domain it is refused with a notice.
        Row("GET /domains", "/domains?name=matrix-shop.nl", Everyone(Ok)),
        Row("POST /domains/add", "/domains/add", Customers(Redirect, staff: NotFound)),
        // Transferring is a customer's; an empty form shows its errors.
        Row("GET /domains/transfer", "/domains/transfer?domain=matrix.example", Customers(Ok, staff: Forbidden)),
        Row("POST /domains/transfer", "/domains/transfer", Customers(Ok, staff: Forbidden)),
        // The status page is public; outage notices are written by Support and Admin. An empty form shows its errors.
        Row("GET /status", "/status", Everyone(Ok)),
        Row("GET /staff/incidents", "/staff/incidents", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /staff/incidents/new", "/staff/incidents/new", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /staff/incidents/new", "/staff/incidents/new", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /staff/incidents/{id:guid}", "/staff/incidents/{incident}", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /staff/incidents/{id:guid}/publish", "/staff/incidents/{incident}/publish", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /staff/incidents/{id:guid}/publish", "/staff/incidents/{incident}/publish", Only(Redirect, Actor.Support, Actor.Admin)),
        // Resolving takes a closing text: the first allowed actor resolves, the next is told it is resolved already.
        Row("POST /staff/incidents/{id:guid}/resolve", "/staff/incidents/{incident}/resolve", Only(Redirect, Actor.Support, Actor.Admin), Form(("Closing.BodyEn", "Fixed."), ("Closing.BodyNl", "Opgelost."))),
        // A draft of its own is edited, a published outage of its own gets updates; empty forms show their errors.
        Row("GET /staff/incidents/{id:guid}/edit", "/staff/incidents/{draftIncident}/edit", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /staff/incidents/{id:guid}/edit", "/staff/incidents/{draftIncident}/edit", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /staff/incidents/{id:guid}/updates", "/staff/incidents/{liveIncident}/updates", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /basket", "/basket", Customers(Ok, staff: NotFound)),
        Row("GET /basket/add", "/basket/add?product={product}", Customers(Ok, staff: NotFound)),
        Row("POST /basket/add", "/basket/add", Customers(NotFound, staff: NotFound)),
        Row("POST /basket/{id:guid}/remove", "/basket/{product}/remove", Customers(Redirect, staff: NotFound)),
        // Checking out an empty basket: the page sends back to the basket, the button says it is empty.
        Row("GET /basket/checkout", "/basket/checkout", Customers(Redirect, staff: NotFound)),
        Row("POST /basket/checkout", "/basket/checkout", Customers(Ok, staff: NotFound)),
        // A's own orders: B finds nothing, as if the order did not exist; staff have no orders of their own.
        Row("GET /profile/orders", "/profile/orders", Only(Ok, Actor.CustomerA, Actor.CustomerB)),
        Row("GET /profile/services", "/profile/services", Only(Ok, Actor.CustomerA, Actor.CustomerB)),
        Row("GET /profile/services/{id:guid}", "/profile/services/{service}", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        // A's domain: an empty form points it back at RED-IT's name servers.
        Row("GET /profile/services/{id:guid}/name-servers", "/profile/services/{service}/name-servers", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("POST /profile/services/{id:guid}/name-servers", "/profile/services/{service}/name-servers", Only(Redirect, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("GET /profile/services/{id:guid}/transfer-code", "/profile/services/{transfer}/transfer-code", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("POST /profile/services/{id:guid}/transfer-code", "/profile/services/{transfer}/transfer-code", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        // A's mailbox; the form without a message is answered with its errors.
        Row("GET /profile/services/{id:guid}/spam-reports", "/profile/services/{mailbox}/spam-reports", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("POST /profile/services/{id:guid}/spam-reports", "/profile/services/{mailbox}/spam-reports", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        // A's certificate as files; the http-01 answer is for anyone, Let's Encrypt signs in nowhere.
        Row("GET /profile/services/{id:guid}/certificate.pem", "/profile/services/{certificate}/certificate.pem", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("GET /profile/services/{id:guid}/certificate.key", "/profile/services/{certificate}/certificate.key", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("GET /.well-known/acme-challenge/{token}", "/.well-known/acme-challenge/{challenge}", Everyone(Ok)),
        Row("GET /profile/orders/{number}", "/profile/orders/{order}", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        // A's invoices: B finds none of them. Paying sends A to the test provider's page, and back
        // to the invoice; the provider's page is anyone's who has its random address.
        Row("GET /profile/invoices", "/profile/invoices", Only(Ok, Actor.CustomerA, Actor.CustomerB)),
        Row("GET /profile/invoices/{number}", "/profile/invoices/{invoice}", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("GET /profile/invoices/{number}/pdf", "/profile/invoices/{invoice}/pdf", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("POST /profile/invoices/{number}/pay", "/profile/invoices/{invoice}/pay", Only(Redirect, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("GET /payments/return/{reference}", "/payments/return/{payment}", Only(Redirect, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("GET /payments/test/{reference}", "/payments/test/{payment}", Everyone(Ok)),
        Row("POST /payments/test/{reference}", "/payments/test/{payment}", Everyone(Redirect)),
        // Only MultiSafepay's signature opens the notification: every person gets 401.
        Row("POST /payments/multisafepay/notify", "/payments/multisafepay/notify", Everyone(Unauthorized)),
        // A's rack space: the empty request form answers with its errors; A cancels A's visit, which B cannot find.
        Row("GET /profile/services/{id:guid}/visits", "/profile/services/{colocation}/visits", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("GET /profile/services/{id:guid}/visits/new", "/profile/services/{colocation}/visits/new", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("POST /profile/services/{id:guid}/visits/new", "/profile/services/{colocation}/visits/new", Only(Ok, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        Row("POST /profile/services/{id:guid}/visits/{visit:guid}/cancel", "/profile/services/{colocation}/visits/{visit}/cancel", Only(Redirect, Actor.CustomerA).With(Actor.CustomerB, NotFound)),
        // Support and Admin decide on visits; a decline without a reason shows the visit with the error.
        Row("GET /staff/visits", "/staff/visits", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /staff/visits/{id:guid}", "/staff/visits/{visit}", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /staff/visits/{id:guid}/approve", "/staff/visits/{visit}/approve", Only(Redirect, Actor.Support, Actor.Admin)),
        Row("POST /staff/visits/{id:guid}/decline", "/staff/visits/{visit}/decline", Only(Ok, Actor.Support, Actor.Admin)),
        // The matrix visit did not fail: the allowed roles are told only a failed one is sent again.
        Row("POST /staff/visits/{id:guid}/send-again", "/staff/visits/{visit}/send-again", Only(Redirect, Actor.Support, Actor.Admin)),
        // Every staff role follows the orders; Finance and Admin mark one paid (the matrix order is then paid,
        // and the confirmation page says so).
        Row("GET /staff/orders", "/staff/orders", Only(Ok, Actor.Support, Actor.Sales, Actor.Finance, Actor.Admin)),
        Row("GET /staff/orders/{number}", "/staff/orders/{order}", Only(Ok, Actor.Support, Actor.Sales, Actor.Finance, Actor.Admin)),
        Row("GET /staff/orders/{number}/mark-paid", "/staff/orders/{order}/mark-paid", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("POST /staff/orders/{number}/mark-paid", "/staff/orders/{order}/mark-paid", Only(Redirect, Actor.Finance, Actor.Admin)),
        // A step id of no step: the allowed roles are told only a stopped step can be tried again.
        Row("POST /staff/orders/{number}/steps/{id:guid}/retry", "/staff/orders/{order}/steps/{step}/retry", Only(Redirect, Actor.Support, Actor.Admin)),
        // Invoices are Finance's, and Admin's: customer A's invoice, numbered in a year no real invoice has. The empty
        // by-hand form shows its errors; Finance records a bank transfer for the invoice, and Admin is then told it is not
        // open; Finance credits the paid invoice, and Admin is then told it was credited already.
        Row("GET /staff/invoices", "/staff/invoices", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("GET /staff/invoices/export.csv", "/staff/invoices/export.csv", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("GET /staff/invoices/new", "/staff/invoices/new", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("POST /staff/invoices/new", "/staff/invoices/new", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("GET /staff/invoices/{number}", "/staff/invoices/{invoice}", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("GET /staff/invoices/{number}/pdf", "/staff/invoices/{invoice}/pdf", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("GET /staff/invoices/{number}/transfer", "/staff/invoices/{invoice}/transfer", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("POST /staff/invoices/{number}/transfer", "/staff/invoices/{invoice}/transfer", Only(Redirect, Actor.Finance, Actor.Admin)),
        Row("GET /staff/invoices/{number}/credit", "/staff/invoices/{invoice}/credit", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("POST /staff/invoices/{number}/credit", "/staff/invoices/{invoice}/credit", Only(Redirect, Actor.Finance, Actor.Admin)),

        // Finance and Admin hand A's overdue invoice to DAS Incasso, which the test portal has no
        // address for: nothing is handed over and the preview is shown again with that notice. A's claim is marked paid, then cannot be withdrawn: both confirmations say so.
        Row("GET /staff/collection", "/staff/collection", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("GET /staff/collection/{customerNumber:int}/preview", "/staff/collection/{customer}/preview", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("POST /staff/collection/{customerNumber:int}/hand-over", "/staff/collection/{customer}/hand-over", Only(Redirect, Actor.Finance, Actor.Admin), Form(("invoice", "{overdueInvoice}"))),
        Row("GET /staff/collection/claims", "/staff/collection/claims", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("GET /staff/collection/claims/{id:guid}", "/staff/collection/claims/{claim}", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("GET /staff/collection/claims/{id:guid}/sent.json", "/staff/collection/claims/{claim}/sent.json", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("GET /staff/collection/claims/{id:guid}/paid", "/staff/collection/claims/{claim}/paid", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("POST /staff/collection/claims/{id:guid}/paid", "/staff/collection/claims/{claim}/paid", Only(Redirect, Actor.Finance, Actor.Admin)),
        Row("GET /staff/collection/claims/{id:guid}/withdraw", "/staff/collection/claims/{claim}/withdraw", Only(Ok, Actor.Finance, Actor.Admin)),
        Row("POST /staff/collection/claims/{id:guid}/withdraw", "/staff/collection/claims/{claim}/withdraw", Only(Redirect, Actor.Finance, Actor.Admin)),

        // The catalogue: Admin only. Empty forms show their errors.
        Row("GET /admin/products", "/admin/products", Only(Ok, Actor.Admin)),
        Row("GET /admin/products/new", "/admin/products/new", Only(Ok, Actor.Admin)),
        Row("POST /admin/products/new", "/admin/products/new", Only(Ok, Actor.Admin)),
        Row("GET /admin/products/{id:guid}/edit", "/admin/products/{product}/edit", Only(Ok, Actor.Admin)),
        Row("POST /admin/products/{id:guid}/edit", "/admin/products/{product}/edit", Only(Ok, Actor.Admin)),
        Row("GET /admin/products/{id:guid}/withdraw", "/admin/products/{product}/withdraw", Only(Ok, Actor.Admin)),
        Row("POST /admin/products/{id:guid}/withdraw", "/admin/products/{product}/withdraw", Only(Redirect, Actor.Admin)),
        Row("POST /admin/products/{id:guid}/offer", "/admin/products/{product}/offer", Only(Redirect, Actor.Admin)),

        // Account recovery.
        // The public form: an empty form shows its errors, an unknown link the page that says so.
        Row("GET /account/recovery", "/account/recovery", Everyone(Ok)),
        Row("POST /account/recovery", "/account/recovery", Everyone(Ok)),
        Row("GET /account/recovery/sent", "/account/recovery/sent", Everyone(Ok)),
        Row("GET /account/recovery/confirm", "/account/recovery/confirm", Everyone(Ok)),
        Row("POST /account/recovery/confirm", "/account/recovery/confirm", Everyone(Ok)),
        // The desk: customer A's business case, taken by the Support actor. Only its reviewer sees
        // the documents and decides; for Admin they do not exist. An empty decision shows the case
        // with its errors (the extract's date, the reason), so nothing is decided.
        Row("GET /desk/recovery", "/desk/recovery", Only(Ok, Actor.Support, Actor.Admin)),
        Row("GET /desk/recovery/{id:guid}", "/desk/recovery/{recovery}", Only(Ok, Actor.Support, Actor.Admin)),
        Row("POST /desk/recovery/{id:guid}/take", "/desk/recovery/{recovery}/take", Only(Redirect, Actor.Support, Actor.Admin)),
        Row("GET /desk/recovery/{id:guid}/documents/{documentId:guid}", "/desk/recovery/{recovery}/documents/{recoveryDocument}", Reviewer(Ok)),
        Row("POST /desk/recovery/{id:guid}/approve", "/desk/recovery/{recovery}/approve", Reviewer(Ok)),
        Row("POST /desk/recovery/{id:guid}/approve/confirm", "/desk/recovery/{recovery}/approve/confirm", Reviewer(Ok)),
        Row("POST /desk/recovery/{id:guid}/reject", "/desk/recovery/{recovery}/reject", Reviewer(Ok)),
        Row("POST /desk/recovery/{id:guid}/reject/confirm", "/desk/recovery/{recovery}/reject/confirm", Reviewer(Ok)),

        // The development mailbox exists only in Development: outside it even Admin finds nothing.
        Row("GET /dev/mailbox", "/dev/mailbox", Only(NotFound, Actor.Admin)),
        Row("GET /dev/mailbox/{id:guid}", "/dev/mailbox/{mail}", Only(NotFound, Actor.Admin)),
    ];


    private static MatrixRow Row(string route, string path, Dictionary<Actor, Answer> expected, Dictionary<string, string>? form = null) =>
        new(route, path, expected, form);

    private static Dictionary<Actor, Answer> Everyone(Answer answer) => AllActors.ToDictionary(a => a, _ => answer);

    private static Dictionary<Actor, Answer> SignedIn(Answer answer) => Everyone(answer).With(Actor.Anonymous, SignIn);

    // Customers (without two-factor) get one answer, staff (with it) another.
    private static Dictionary<Actor, Answer> Customers(Answer answer, Answer staff) =>
        AllActors.ToDictionary(a => a, a => a switch
        {
            Actor.Anonymous => SignIn,
            Actor.CustomerA or Actor.CustomerB => answer,
            _ => staff,
        });

    // Staff in the given roles get the answer; other signed-in people are refused.
    private static Dictionary<Actor, Answer> Only(Answer answer, params Actor[] allowed) =>
        AllActors.ToDictionary(a => a, a => a == Actor.Anonymous ? SignIn : allowed.Contains(a) ? answer : Forbidden);

    // A Support-topic ticket: Support and Admin get the answer, the other staff 404.
    private static Dictionary<Actor, Answer> DeskTicket(Answer answer) =>
        Only(answer, Actor.Support, Actor.Admin).With(Actor.Sales, NotFound).With(Actor.Finance, NotFound);

    // A recovery case's reviewer (the Support actor) gets the answer; Admin finds nothing there.
    private static Dictionary<Actor, Answer> Reviewer(Answer answer) => Only(answer, Actor.Support).With(Actor.Admin, NotFound);

    private static Dictionary<Actor, Answer> With(this Dictionary<Actor, Answer> answers, Actor actor, Answer answer)
    {
        answers[actor] = answer;
        return answers;
    }

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
