namespace RedIt.Privacy.Tests.Toy;

public class Invoice
{
    public int Id { get; set; }

    public string Number { get; set; } = "";

    public Guid? CustomerId { get; set; }

    public Person? Customer { get; set; }

    public string BillingName { get; set; } = "";

    public string BillingAddress { get; set; } = "";

    public string? InternalMemo { get; set; }

    public decimal Amount { get; set; }

    public DateTime IssuedOn { get; set; }

    public List<Note> Notes { get; set; } = [];
}
