namespace RedIt.Privacy;

// A legal hold on one of the person's records, named in their export (Until empty: until lifted).
public sealed record PersonalDataExportHold(string Category, string Entity, string RowKey, string Reason, DateTime Since, DateTime? Until);
