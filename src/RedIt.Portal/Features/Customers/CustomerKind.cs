namespace RedIt.Portal.Features.Customers;

public enum CustomerKind
{
    Private,
    Business,
}
