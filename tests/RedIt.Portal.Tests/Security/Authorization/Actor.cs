namespace RedIt.Portal.Tests.Security.Authorization;

// The seven people every route is tried as. Customer B is signed in like A and tries A's ids.
public enum Actor
{
    Anonymous,
    CustomerA,
    CustomerB,
    Support,
    Sales,
    Finance,
    Admin,
}
