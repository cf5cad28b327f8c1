namespace RedIt.Portal.Features.DataRequests;

// GDPR art. 15 and 20 (a copy of the data), art. 16 (correction) and art. 17 (erasure).
public enum DataRequestKind
{
    Access,
    Rectification,
    Erasure,
}
