using System.Globalization;

namespace RedIt.Benchmarks;

// One address of the queue to time. Topics, "mine" and "unassigned" stay on the default tab (not
// closed), as the desk's form leaves them; searches look in all tickets, as staff do for a number
// a customer quotes.
internal sealed record QueueCase(string Name, string Path)
{
    public const string Health = "/health";

    public static IReadOnlyList<QueueCase> For(int tickets, int firstNumber) =>
    [
        new("all tickets", "/desk?status=all"),
        new("not closed (default tab)", "/desk"),
        new("status new", "/desk?status=new"),
        new("status open", "/desk?status=open"),
        new("status waiting for customer", "/desk?status=waitingforcustomer"),
        new("status closed", "/desk?status=closed"),
        new("topic support", "/desk?topic=support"),
        new("topic sales", "/desk?topic=sales"),
        new("topic billing", "/desk?topic=billing"),
        new("topic abuse", "/desk?topic=abuse"),
        new("mine", "/desk?assignee=me"),
        new("unassigned", "/desk?assignee=none"),
        new("waiting longest first", "/desk?sort=waiting"),
        new("search by number", string.Create(CultureInfo.InvariantCulture, $"/desk?status=all&q=%23{firstNumber + (tickets / 2)}")),
        new("search by text", "/desk?status=all&q=transfer"),
        new("all tickets, page 2", "/desk?status=all&page=2"),
        new("all tickets, deep page", string.Create(CultureInfo.InvariantCulture, $"/desk?status=all&page={Math.Max(2, tickets / 20 * 2 / 5)}")),
    ];
}
