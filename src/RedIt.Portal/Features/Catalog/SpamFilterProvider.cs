namespace RedIt.Portal.Features.Catalog;

// Who filters a mailbox product's mail (2.6): SpamExperts for POP and IMAP, Microsoft for Office 365.
public enum SpamFilterProvider
{
    SpamExperts,
    Microsoft,
}
