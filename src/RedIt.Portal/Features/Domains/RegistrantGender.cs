namespace RedIt.Portal.Features.Domains;

// Asked only for an extension whose registry requires it (2.3), never at sign-up.
public enum RegistrantGender
{
    Female,
    Male,
}
