namespace RedIt.Privacy;

// A row a legal hold can be placed on: its kind, its key as the hold stores it, and whose it is.
public sealed record HoldableRecord(PrivacyCatalogEntry Entry, string RowKey, Guid? PersonId);
