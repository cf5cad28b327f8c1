namespace RedIt.Portal.Privacy;

public sealed record NoPersonalDataDeclaration(string Because);
