namespace RedIt.Privacy;

public static class PrivacyAnnotations
{
    public const string Rule = "RedIt:Privacy";

    public const string NoPersonalData = "RedIt:NoPersonalData";
}
