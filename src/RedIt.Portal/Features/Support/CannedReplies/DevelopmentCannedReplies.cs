using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Support.CannedReplies;

// So that the desk offers something to pick right after `dotnet run`. Development only, and only
// into an empty list: replies someone wrote or deleted are theirs.
public static class DevelopmentCannedReplies
{
    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (await db.Set<CannedReply>().AnyAsync())
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        (string Culture, TicketTopic? Topic, string Title, string Body)[] replies =
        [
            ("nl", null, "Ontvangen, we kijken ernaar",
                "Beste {name},\n\nDank voor uw bericht. We hebben uw vraag ontvangen onder ticket {ticket} en komen er zo snel mogelijk bij u op terug.\n\nMet vriendelijke groet,\nRED-IT klantenservice"),
            ("en", null, "Received, we are looking into it",
                "Dear {name},\n\nThank you for your message. We received your question as ticket {ticket} and will get back to you as soon as we can.\n\nKind regards,\nRED-IT customer service"),
            ("nl", TicketTopic.Support, "DNS-wijziging nog niet zichtbaar",
                "Beste {name},\n\nEen wijziging in DNS kan tot 24 uur nodig hebben voordat die overal zichtbaar is. Ziet u de wijziging morgen nog niet, antwoord dan op deze mail (ticket {ticket}).\n\nMet vriendelijke groet,\nRED-IT klantenservice"),
            ("en", TicketTopic.Support, "DNS change not visible yet",
                "Dear {name},\n\nA DNS change can take up to 24 hours to be visible everywhere. If you still do not see it tomorrow, please reply to this e-mail (ticket {ticket}).\n\nKind regards,\nRED-IT customer service"),
            ("nl", TicketTopic.Billing, "Kopie van de factuur",
                "Beste {name},\n\nU vindt al uw facturen in het klantenportaal onder Mijn gegevens. Lukt het downloaden niet, laat het ons weten in dit ticket ({ticket}).\n\nMet vriendelijke groet,\nRED-IT administratie"),
            ("en", TicketTopic.Billing, "Copy of the invoice",
                "Dear {name},\n\nYou find all your invoices in the customer portal under My details. If downloading does not work, let us know in this ticket ({ticket}).\n\nKind regards,\nRED-IT accounts"),
        ];
        foreach (var (culture, topic, title, body) in replies)
        {
            db.Add(new CannedReply { Id = Guid.NewGuid(), Culture = culture, Topic = topic, Title = title, Body = body, UpdatedAt = now });
        }

        await db.SaveChangesAsync();
    }
}
