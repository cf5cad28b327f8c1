namespace RedIt.Portal.Features.Consent;

// Where the person made the choice: part of the proof of consent (GDPR art. 7(1)).
public enum ConsentSource
{
    SignUp,
    Profile,
    CookieBanner,
    UnsubscribeLink,
}
