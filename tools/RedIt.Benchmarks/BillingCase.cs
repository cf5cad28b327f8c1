namespace RedIt.Benchmarks;

// One address of billing to time, asked by the person who uses it. Rows: what the seed put behind
// it (the customer's invoices, the overdue ones), since each page words its count differently.
internal sealed record BillingCase(string Name, string Path, StaffSession Session, int? Rows, bool IsFile = false)
{
    public const string Health = "/health";

    public Task FetchAsync() => IsFile ? Session.GetBytesAsync(Path) : Session.GetTextAsync(Path);
}
