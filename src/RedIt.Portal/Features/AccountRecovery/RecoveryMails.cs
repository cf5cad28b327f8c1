using RedIt.Portal.Features.Accounts;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;

namespace RedIt.Portal.Features.AccountRecovery;

// The mails about a recovery case. Those to the new address greet the address itself: whoever
// typed it learns nothing from them about the account, not even its holder's name. Added to the
// context, not saved: each goes out in the same transaction as the step it reports.
public sealed class RecoveryMails(MailComposer composer, MailOutbox outbox, IStringLocalizer<SharedResource> text)
{
    public void AddConfirmation(RecoveryCase recovery, string url, int hours)
    {
        ArgumentNullException.ThrowIfNull(recovery);
        outbox.Add(composer.Compose(
            new MailRecipient(recovery.NewEmail, recovery.NewEmail, recovery.Culture),
            "Confirm this address to restore access to your RED-IT account",
            [
                "We received a request to restore access to a RED-IT account with this e-mail address as its new address.",
                "Please confirm that this address is yours. Only then does customer service look at the request and its documents. The link works for {0} hours.",
                "If you did not ask for this, ignore this message: nothing changes.",
            ],
            new MailAction("Confirm e-mail address", url),
            hours), recovery.PersonId);
    }

    // To the address on file, so a hijack attempt is noticed by the real holder.
    public void AddStartedNotice(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        outbox.Add(composer.Compose(
            new MailRecipient(user.Email!, user.FullName, user.PreferredCulture),
            "Someone asked to restore access to your RED-IT account",
            [
                "Someone asked us to restore access to your RED-IT account with another e-mail address, because they say they no longer have access to this one.",
                "Nothing changes until customer service has checked their identity documents.",
                "If this was not you, contact RED-IT customer service at once, so that we can refuse the request.",
            ]), user.Id);
    }

    public void AddApproved(RecoveryCase recovery, PortalUser user, string previousEmail, string signInUrl)
    {
        ArgumentNullException.ThrowIfNull(recovery);
        ArgumentNullException.ThrowIfNull(user);
        outbox.Add(composer.Compose(
            new MailRecipient(recovery.NewEmail, user.FullName, recovery.Culture),
            "Access to your RED-IT account is restored",
            [
                "We checked your documents and restored access to your RED-IT account: this is its e-mail address from now on.",
                "Sign in with this address and your password. If you do not know your password any more, choose a new one on the sign-in page.",
                "As promised, we deleted the documents you sent us.",
            ],
            new MailAction("Sign in", signInUrl)), user.Id);
        outbox.Add(composer.Compose(
            new MailRecipient(previousEmail, user.FullName, user.PreferredCulture),
            "The e-mail address of your RED-IT account was changed",
            [
                "After a request to restore access to your RED-IT account, customer service checked the identity documents and gave the account another e-mail address. We no longer write to this address.",
                "If you did not ask for this, contact RED-IT customer service at once.",
            ]), user.Id);
    }

    public void AddRejected(RecoveryCase recovery, string reason)
    {
        ArgumentNullException.ThrowIfNull(recovery);
        ArgumentNullException.ThrowIfNull(reason);
        var to = new MailRecipient(recovery.NewEmail, recovery.NewEmail, recovery.Culture);
        // The reviewer's own words go as they wrote them, after the translated text.
        var (subject, intro, after) = InCulture.Run(recovery.Culture, () => (
            text["We could not restore access to a RED-IT account"].Value,
            text["We could not restore access to the RED-IT account you asked about. The reason customer service gave:"].Value,
            text["As promised, we deleted the documents you sent us. You may send a new request with other documents."].Value));
        outbox.Add(composer.ComposeWritten(to, subject, [intro, reason, after]), recovery.PersonId);
    }

    public void Wake() => outbox.Wake();
}
