namespace RedIt.Portal.Features.AccountRecovery;

// As registered at the Chamber of Commerce: one director may act alone, or several only together.
public enum DirectorAuthority
{
    Sole,
    Joint,
}
