namespace RedIt.Privacy.Tests.Toy;

public class Note
{
    public int Id { get; set; }

    public int InvoiceId { get; set; }

    public Invoice Invoice { get; set; } = null!;

    public string Text { get; set; } = "";

    public DateTime WrittenOn { get; set; }

    public DateTime? AnonymisedAt { get; set; }
}
