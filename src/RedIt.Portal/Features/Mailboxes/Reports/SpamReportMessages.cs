using Microsoft.AspNetCore.DataProtection;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// The reported message is personal data of the customer and of whoever wrote it: at rest it is
// only ever encrypted, under a purpose of its own so no other feature's key can read it.
public sealed class SpamReportMessages(IDataProtectionProvider protection)
{
    public const string ProtectorPurpose = "RedIt.Portal.Mailboxes.SpamReport";

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectorPurpose);

    public byte[] Protect(byte[] message) => _protector.Protect(message);

    public byte[] Unprotect(byte[] stored) => _protector.Unprotect(stored);
}
