namespace RedIt.Portal.Features.Orders;

public enum DomainAction
{
    Register,
    Transfer,
    Renew,
}
