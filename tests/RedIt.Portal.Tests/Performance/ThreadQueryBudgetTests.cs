using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Support.Desk;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Performance;

// A ticket's thread with a file on every message costs the same SQL commands for 5 messages as
// for 200: the files of the whole thread come in one query, and never their content.
public sealed class ThreadQueryBudgetTests
{
    [Theory]
    [InlineData("desk")]
    [InlineData("customer")]
    [Trait("Policy", "4")]
    public async Task A_thread_with_attachments_sends_as_many_SQL_commands_for_200_messages_as_for_5(string side)
    {
        using var portal = new CountingPortalFactory();
        var (browser, email) = side == "desk"
            ? await ConsentStaff.SignedInAsync(portal, PortalRoles.Support)
            : await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var ticket = DeskTickets.New("Thread " + DeskTickets.Token(), personId: side == "desk" ? null : personId, email: side == "desk" ? null : email);
        await DeskTickets.SeedAsync(portal, ticket);
        var route = side == "desk" ? $"/desk/tickets/{ticket.Number}" : $"/profile/tickets/{ticket.Number}";

        await SeedAsync(portal, ticket, 0, 5);
        using (await browser.Client.GetAsync(new Uri(route, UriKind.Relative)))
        {
        }

        var (few, fewSql) = await portal.GetCountedAsync(browser, route);
        await SeedAsync(portal, ticket, 5, 195);
        var (many, manySql) = await portal.GetCountedAsync(browser, route);

        Assert.Equal(HttpStatusCode.OK, few.Status);
        Assert.Equal(HttpStatusCode.OK, many.Status);
        Assert.Equal(5, few.Document.QuerySelectorAll(".attachments a").Length);
        Assert.Equal(200, many.Document.QuerySelectorAll(".attachments a").Length);
        Assert.True(fewSql.Commands == manySql.Commands, $"{route} with 5 files: {fewSql}{Environment.NewLine}{route} with 200 files: {manySql}");
    }

    // Content that is never decrypted here: the thread page must not read it at all.
    private static Task<int> SeedAsync(CountingPortalFactory portal, Ticket ticket, int from, int count) =>
        portal.WithDbAsync(async db =>
        {
            for (var i = from; i < from + count; i++)
            {
                var message = DeskTickets.FromCustomer(ticket, $"Message {i}", sentAt: ticket.OpenedAt.AddSeconds(i));
                message.Attachments.Add(new TicketAttachment
                {
                    Id = Guid.NewGuid(),
                    MessageId = message.Id,
                    FileName = $"scan-{i}.pdf",
                    ContentType = "application/pdf",
                    Size = 1000 + i,
                    EncryptedContent = [1, 2, 3],
                    UploadedAt = message.SentAt,
                });
                db.Add(message);
            }

            return await db.SaveChangesAsync();
        });
}
