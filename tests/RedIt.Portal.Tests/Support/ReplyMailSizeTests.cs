using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Contact;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Infrastructure.Browserless;
using static RedIt.Portal.Tests.Support.Desk.DeskTickets;

namespace RedIt.Portal.Tests.Support;

// Files too large together for a mail stay on the ticket, and the mail says where they are, so
// the answer still reaches the customer instead of bouncing at their mail server.
[Trait("Policy", "2.1")]
public sealed class ReplyMailSizeTests(AttachmentLimitPortal portal) : IClassFixture<AttachmentLimitPortal>
{
    [Fact]
    public async Task A_reply_whose_files_are_too_large_for_a_mail_is_mailed_without_them_and_points_to_the_portal()
    {
        var email = People.NewEmail("large");
        var ticket = New("Large files " + Token(), email: email);
        await SeedAsync(portal, ticket, FromCustomer(ticket, "Send me the logs."));
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var desk = await support.GetAsync($"/desk/tickets/{ticket.Number}");

        await support.SubmitWithFilesAndFollowAsync(desk, Form(("Reply.Body", "Here are the logs.")),
            [new UploadedFile("Reply.Attachments", "logs.png", TestFiles.Png(), "image/png")], "/reply");

        var mail = await Mailbox.WaitForAsync(email, $"[#{ticket.Number}]");
        Assert.Empty(mail.Attachments);
        Assert.Contains("te groot om per e-mail te versturen", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/profile/tickets", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<TicketAttachment>().CountAsync(a => a.Message.TicketId == ticket.Id && a.FileName == "logs.png")));
    }

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
