using System.Globalization;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;

namespace RedIt.Portal.Features.DataRequests;

// Letters about a request go to the address captured with the request, never to the account's
// current address: after an erasure the account has none.
public sealed class DataRequestMails(MailComposer composer, MailOutbox outbox, IStringLocalizer<SharedResource> text)
{
    public Task SendConfirmationLinkAsync(DataSubjectRequest request, string url)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(request, "Confirm your privacy request to RED-IT",
            ["We received a request about your personal data through our website.", "Please confirm that you sent it. We start handling it when you press the button on the page this link opens. If you did not send it, ignore this message: the request expires after 7 days."],
            new MailAction("Confirm my request", url));
    }

    public Task SendExtensionAsync(DataSubjectRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(request, "We need more time for your privacy request",
        [
            Format(request, "We received your request on {0}. We need more time to handle it and will answer by {1} at the latest.", Date(request.ReceivedAt), Date(request.Deadline)),
            Format(request, "The reason: {0}", request.ExtensionReason ?? ""),
            "The law allows us to extend the deadline by up to two months when a request is complex or we receive many requests.",
        ]);
    }

    public Task SendOutcomeAsync(DataSubjectRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var paragraphs = new List<string>();
        if (request.Status == DataRequestStatus.Rejected)
        {
            paragraphs.Add(Format(request, "We cannot carry out your request of {0}.", Date(request.ReceivedAt)));
            paragraphs.Add(Format(request, "The reason: {0}", request.Outcome ?? ""));
        }
        else
        {
            paragraphs.Add(Format(request, request.Kind switch
            {
                DataRequestKind.Access => "We have handled your request of {0} for a copy of your personal data.",
                DataRequestKind.Rectification => "We have handled your request of {0} to correct your personal data.",
                _ => "We have handled your request of {0} to erase your personal data.",
            }, Date(request.ReceivedAt)));
            if (request.Kind == DataRequestKind.Erasure)
            {
                paragraphs.Add("Your account has been closed. Your name, e-mail address, phone number and addresses have been deleted or anonymised.");
                if (string.IsNullOrWhiteSpace(request.ErasureKept))
                {
                    paragraphs.Add("We keep nothing else about you.");
                }
                else
                {
                    paragraphs.Add("What we keep, and why:");
                    paragraphs.AddRange(request.ErasureKept.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            }

            if (!string.IsNullOrWhiteSpace(request.Outcome))
            {
                paragraphs.Add(Format(request, "Our note: {0}", request.Outcome));
            }
        }

        paragraphs.Add("If you disagree with how we handled your request, you can file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).");
        return SendAsync(request, "The outcome of your privacy request", paragraphs);
    }

    // Paragraphs with values are translated here, in the reader's language; the composer then
    // finds no translation for the finished text and leaves it as it is.
    private string Format(DataSubjectRequest request, string key, params object[] values) =>
        InCulture.Run(request.Culture, () => string.Format(CultureInfo.GetCultureInfo(request.Culture), text[key], values));

    private static string Date(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task SendAsync(DataSubjectRequest request, string subject, IEnumerable<string> paragraphs, MailAction? action = null) =>
        outbox.QueueAsync(composer.Compose(new MailRecipient(request.RequesterEmail, request.RequesterName, request.Culture), subject, paragraphs, action), request.PersonId);
}
