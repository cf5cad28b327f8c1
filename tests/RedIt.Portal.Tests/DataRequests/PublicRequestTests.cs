using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.DataRequests.RequestPeople;

namespace RedIt.Portal.Tests.DataRequests;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class PublicRequestTests(PortalFactory portal)
{
    [Fact]
    public async Task Opening_the_mailed_link_confirms_nothing_pressing_its_button_does()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var browser = new Browserless(portal.CreateClient());
        var form = await browser.GetAsync("/privacy/request");

        var rejected = await browser.SubmitAndFollowAsync(form, Form(("Name", ""), ("Email", "not an address")));
        Assert.Equal("Please enter your name.", rejected.FieldError("Name"));
        Assert.Equal("This is not a valid e-mail address.", rejected.FieldError("Email"));
        Assert.Equal("Please choose what you ask for.", rejected.FieldError("Kind"));

        var sent = await browser.SubmitAndFollowAsync(form, Form(("Name", "Jan Jansen"), ("Email", email), ("Kind", "Access"), ("Message", "I lost access to my account; please send me my data.")));
        Assert.Equal("Check your e-mail", sent.Heading);
        var request = await FindAsync(email);
        Assert.Equal(DataRequestStatus.AwaitingConfirmation, request.Status);
        Assert.Null(request.PersonId);
        Assert.Equal(request.ReceivedAt.AddMonths(1), request.DueAt);

        var link = Mailbox.Link(await Mailbox.WaitForAsync(email, "Confirm your privacy request"));
        var tampered = await browser.GetAsync(link.Replace("code=", "code=x", StringComparison.Ordinal));
        Assert.Equal("This link does not work", (await browser.SubmitAndFollowAsync(tampered, Form())).Heading);

        var page = await browser.GetAsync(link);
        Assert.Equal("Confirm your privacy request", page.Heading);
        Assert.Equal(DataRequestStatus.AwaitingConfirmation, (await FindAsync(email)).Status);

        var confirmed = await browser.SubmitAndFollowAsync(page, Form());
        Assert.Equal("Request confirmed", confirmed.Heading);
        request = await FindAsync(email);
        Assert.Equal(DataRequestStatus.Open, request.Status);
        Assert.NotNull(request.ConfirmedAt);

        // The admin finds the account with the sender's address and links it to the request.
        var admin = await People.SignedInStaffAsync(portal);
        var detail = await admin.GetAsync($"/admin/requests/{request.Id}");
        Assert.Contains("This account has the requester's e-mail address.", detail.Text, StringComparison.Ordinal);
        var linked = await admin.SubmitAndFollowAsync(detail, Form(), formAction: "/link");
        Assert.Contains("The request is linked to the account.", linked.Text, StringComparison.Ordinal);
        var accountId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Equal(accountId, (await FindAsync(email)).PersonId);
    }

    private Task<DataSubjectRequest> FindAsync(string email) =>
        portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.RequesterEmail == email));
}
