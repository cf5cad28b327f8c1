namespace RedIt.Privacy;

public sealed record NoPersonalDataDeclaration(string Because);
